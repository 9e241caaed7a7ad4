package app.atrium.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a module's pages (an unknown member, booking or place) shows the error page with the
 * right status, never a stack trace. A module's web package scopes it to its own controllers with a
 * {@code @ControllerAdvice(basePackageClasses = …)} subclass.
 */
public abstract class PageErrorPages {

  @ExceptionHandler(AtriumException.class)
  protected ModelAndView refused(AtriumException e, HttpServletResponse response) {
    return page(e.status(), response);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  protected ModelAndView badParameter(
      MethodArgumentTypeMismatchException e, HttpServletResponse response) {
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
