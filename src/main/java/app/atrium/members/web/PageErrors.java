package app.atrium.members.web;

import app.atrium.platform.web.PageErrorPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Refusals on the members module's pages show the error page with the right status. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors extends PageErrorPages {}
