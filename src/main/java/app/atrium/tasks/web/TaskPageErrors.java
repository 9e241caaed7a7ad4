package app.atrium.tasks.web;

import app.atrium.platform.web.PageErrorPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Refusals on the tasks pages show the error page with the right status. */
@ControllerAdvice(basePackageClasses = TaskPageErrors.class)
class TaskPageErrors extends PageErrorPages {}
