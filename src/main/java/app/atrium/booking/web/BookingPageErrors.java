package app.atrium.booking.web;

import app.atrium.platform.web.AtriumException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on a booking page (an unknown booking or place) is the error page with its status. */
@ControllerAdvice(basePackageClasses = BookingPageErrors.class)
class BookingPageErrors {

  @ExceptionHandler(AtriumException.class)
  ModelAndView refused(AtriumException e, HttpServletResponse response) {
    return page(e.status(), response);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
    // An id that cannot exist is simply not found; a date that cannot be read is bad input.
    HttpStatus status =
        e.getRequiredType() == UUID.class ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    return page(status, response);
  }

  private static ModelAndView page(HttpStatus status, HttpServletResponse response) {
    response.setStatus(status.value());
    var mav = new ModelAndView("error");
    mav.setStatus(status);
    mav.addObject("status", status.value());
    return mav;
  }
}
