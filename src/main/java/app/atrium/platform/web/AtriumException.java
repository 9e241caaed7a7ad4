package app.atrium.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal the caller can act on: carries its HTTP status, a stable problem type and a message
 * that says what was wrong and what to do. Pages show the message (or the error page with the
 * status); the API returns a problem document.
 */
public class AtriumException extends ResponseStatusException {

  private final HttpStatus status;
  private final String type;
  private final List<FieldProblem> fields;

  public AtriumException(HttpStatus status, String type, String message) {
    this(status, type, message, List.of());
  }

  public AtriumException(
      HttpStatus status, String type, String message, List<FieldProblem> fields) {
    super(status, message);
    this.status = status;
    this.type = type;
    this.fields = List.copyOf(fields);
  }

  /** The message alone (pages and problem documents show it as is). */
  @Override
  public String getMessage() {
    return getReason();
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  public List<FieldProblem> fields() {
    return fields;
  }

  /** What a form shows next to itself: the first field's problem, else the message. */
  public String firstMessage() {
    return fields.isEmpty() ? getMessage() : fields.getFirst().message();
  }

  /** Extra members of the problem document (e.g. the alternatives to a taken slot). */
  public java.util.Map<String, Object> properties() {
    return java.util.Map.of();
  }

  /** Something named by id does not exist in this tenant (or is not the caller's to see). */
  public static AtriumException notFound(String what, Object id) {
    return new AtriumException(
        HttpStatus.NOT_FOUND, "not-found", what + " " + id + " was not found.");
  }

  /** The request is well-formed but clashes with the current state. */
  public static AtriumException conflict(String type, String message) {
    return new AtriumException(HttpStatus.CONFLICT, type, message);
  }

  /** One field's value is not acceptable. */
  public static AtriumException invalid(String field, String message) {
    return new AtriumException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "validation",
        field + ": " + message,
        List.of(new FieldProblem(field, message)));
  }

  /** Several fields' values are not acceptable: every problem at once, as one 422. */
  public static AtriumException invalid(List<FieldProblem> fields) {
    return new AtriumException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "validation",
        String.join("; ", fields.stream().map(f -> f.field() + ": " + f.message()).toList()),
        fields);
  }

  /** A field and what is wrong with its value. */
  public record FieldProblem(String field, String message) {}
}
