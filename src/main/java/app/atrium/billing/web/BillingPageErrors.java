package app.atrium.billing.web;

import app.atrium.platform.web.PageErrorPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Refusals on the billing pages show the error page with the right status. */
@ControllerAdvice(basePackageClasses = BillingPageErrors.class)
class BillingPageErrors extends PageErrorPages {}
