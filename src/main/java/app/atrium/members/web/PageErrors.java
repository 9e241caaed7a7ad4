package app.atrium.members.web;

import app.atrium.platform.web.AtriumException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on one of this module's pages (an unknown member, a company that still has people)
 * shows the error page with the right status, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

  @ExceptionHandler(AtriumException.class)
  ModelAndView refused(AtriumException e, HttpServletResponse response) {
    return page(e.status(), e.getMessage(), response);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
    // An id that cannot exist is simply not found.
    HttpStatus status =
        e.getRequiredType() == UUID.class ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    return page(status, null, response);
  }

  private static ModelAndView page(HttpStatus status, String detail, HttpServletResponse response) {
    response.setStatus(status.value());
    var mav = new ModelAndView("error");
    mav.setStatus(status);
    mav.addObject("status", status.value());
    mav.addObject("detail", detail);
    return mav;
  }
}
