package app.atrium.services.web;

import app.atrium.platform.web.PageErrorPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Refusals on the services pages (an unknown service or device) show the error page. */
@ControllerAdvice(basePackageClasses = ServicePageErrors.class)
class ServicePageErrors extends PageErrorPages {}
