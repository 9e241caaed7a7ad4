package app.atrium.platform.web;

import app.atrium.platform.security.SignInRejected;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of an API call into an RFC 9457 problem document with a stable type; bad
 * input is a 4xx naming the field, never a 500 or a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(AtriumException.class)
  ResponseEntity<ProblemDetail> atrium(AtriumException e) {
    ProblemDetail p =
        Problems.of(e.status(), e.type(), e.status().getReasonPhrase(), e.getMessage());
    if (!e.fields().isEmpty()) p.setProperty("errors", e.fields());
    e.properties().forEach(p::setProperty);
    return problem(p);
  }

  @ExceptionHandler(SignInRejected.class)
  ResponseEntity<ProblemDetail> signIn(SignInRejected e) {
    return switch (e) {
      case SignInRejected.Throttled t -> {
        ProblemDetail p =
            Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "sign-in-throttled",
                "Too many attempts",
                t.getMessage());
        p.setProperty("retryAfterSeconds", t.retryAfter().toSeconds());
        yield ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(t.retryAfter().toSeconds()))
            .body(p);
      }
      case SignInRejected.Locked l ->
          problem(
              Problems.of(
                  HttpStatus.TOO_MANY_REQUESTS,
                  "sign-in-locked",
                  "Sign-in locked",
                  l.getMessage()));
      case SignInRejected.TenantRequired r -> {
        ProblemDetail p =
            Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "tenant-required",
                "Choose a coworking",
                r.getMessage());
        p.setProperty("tenants", r.tenants());
        yield problem(p);
      }
      case SignInRejected.NoAccess n ->
          problem(Problems.of(HttpStatus.FORBIDDEN, "no-access", "No access", n.getMessage()));
      default ->
          problem(
              Problems.of(
                  HttpStatus.UNAUTHORIZED, "bad-credentials", "Sign-in failed", e.getMessage()));
    };
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return problem(
        Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role may not do this."));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    String detail = "'" + e.getName() + "' has a value of the wrong form: " + e.getValue();
    if (e.getRequiredType() != null && e.getRequiredType().getSimpleName().equals("UUID")) {
      // An id that cannot exist is simply not found.
      return problem(
          Problems.of(
              HttpStatus.NOT_FOUND,
              "not-found",
              "Not Found",
              "No " + e.getName() + " " + e.getValue() + "."));
    }
    return problem(fieldProblem(HttpStatus.BAD_REQUEST, detail, e.getName(), "wrong form"));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    // A safety net: services validate first; the database has the last word.
    log.info("Constraint refused a change: {}", e.getMostSpecificCause().getMessage());
    return problem(
        Problems.of(
            HttpStatus.CONFLICT,
            "constraint-violation",
            "Conflict",
            "The change conflicts with existing data or a rule: "
                + e.getMostSpecificCause().getMessage().lines().findFirst().orElse("")));
  }

  @ExceptionHandler(TransientDataAccessException.class)
  ResponseEntity<ProblemDetail> transientFailure(TransientDataAccessException e) {
    // A deadlock, serialization failure or lock timeout: the transaction was rolled back whole.
    log.warn("Transient database failure: {}", e.getMostSpecificCause().getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "1")
        .body(
            Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "busy",
                "Busy",
                "Many changes arrived at once and this one was not made. Send it again."));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal",
            "Internal error",
            "Something went wrong on our side; nothing was changed. Try again or contact support."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<AtriumException.FieldProblem> fields = new ArrayList<>();
    ex.getBindingResult()
        .getFieldErrors()
        .forEach(
            f -> fields.add(new AtriumException.FieldProblem(f.getField(), f.getDefaultMessage())));
    ex.getBindingResult()
        .getGlobalErrors()
        .forEach(
            g ->
                fields.add(
                    new AtriumException.FieldProblem(g.getObjectName(), g.getDefaultMessage())));
    ProblemDetail p =
        Problems.of(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "validation",
            "Invalid input",
            fields.stream()
                .map(f -> f.field() + ": " + f.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("Invalid input"));
    p.setProperty("errors", fields);
    return cast(problem(p));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<AtriumException.FieldProblem> fields = new ArrayList<>();
    ex.getParameterValidationResults()
        .forEach(
            r ->
                r.getResolvableErrors()
                    .forEach(
                        err ->
                            fields.add(
                                new AtriumException.FieldProblem(
                                    r.getMethodParameter().getParameterName(),
                                    err.getDefaultMessage()))));
    ProblemDetail p =
        Problems.of(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "validation",
            "Invalid input",
            "Some parameters are invalid.");
    p.setProperty("errors", fields);
    return cast(problem(p));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail = "The request body is not valid JSON for this operation.";
    String field = null;
    if (ex.getCause() instanceof DatabindException de && !de.getPath().isEmpty()) {
      field = pathOf(de);
      detail = "'" + field + "' has a value of the wrong type or form.";
    } else if (ex.getCause() != null && ex.getCause().getMessage() != null) {
      detail = detail + " " + ex.getCause().getMessage().lines().findFirst().orElse("");
    }
    ProblemDetail p =
        field == null
            ? Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail)
            : fieldProblem(HttpStatus.BAD_REQUEST, detail, field, "wrong type or form");
    return cast(problem(p));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (response != null
        && response.getBody() instanceof ProblemDetail p
        && (p.getType() == null || p.getType().toString().equals("about:blank"))) {
      p.setType(Problems.type(slugFor(statusCode)));
    }
    return response;
  }

  private static String slugFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "malformed-request";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 415 -> "unsupported-media-type";
      default -> "http-" + status.value();
    };
  }

  private static String pathOf(DatabindException de) {
    StringBuilder sb = new StringBuilder();
    for (var ref : de.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!sb.isEmpty()) sb.append('.');
        sb.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "body" : sb.toString();
  }

  private static ProblemDetail fieldProblem(
      HttpStatus status, String detail, String field, String message) {
    ProblemDetail p =
        Problems.of(
            status,
            status == HttpStatus.BAD_REQUEST ? "malformed-request" : "validation",
            "Invalid input",
            detail);
    p.setProperty("errors", List.of(new AtriumException.FieldProblem(field, message)));
    return p;
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus()).body(p);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> r) {
    return (ResponseEntity) r;
  }
}
