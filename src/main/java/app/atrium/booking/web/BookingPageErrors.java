package app.atrium.booking.web;

import app.atrium.platform.web.PageErrorPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Refusals on the booking pages (an unknown booking or place) show the error page with status. */
@ControllerAdvice(basePackageClasses = BookingPageErrors.class)
class BookingPageErrors extends PageErrorPages {}
