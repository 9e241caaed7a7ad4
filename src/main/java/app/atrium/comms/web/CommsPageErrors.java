package app.atrium.comms.web;

import app.atrium.platform.web.PageErrorPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Refusals on the comms pages (an unknown attachment) show the error page with the status. */
@ControllerAdvice(basePackageClasses = CommsPageErrors.class)
class CommsPageErrors extends PageErrorPages {}
