package app.atrium.members;

import app.atrium.platform.web.AtriumException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a draft's Bean Validation constraints inside the service, so every caller (REST, pages,
 * other modules, the demo) gets the same 422 naming the fields, before anything is written.
 */
@Component
class DraftValidation {

  private final Validator validator;

  DraftValidation(Validator validator) {
    this.validator = validator;
  }

  void check(Object draft) {
    if (draft == null) throw AtriumException.invalid("body", "is required");
    var violations = validator.validate(draft);
    if (violations.isEmpty()) return;
    List<AtriumException.FieldProblem> fields =
        violations.stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(v -> new AtriumException.FieldProblem(field(v), v.getMessage()))
            .toList();
    String message =
        String.join("; ", fields.stream().map(f -> f.field() + ": " + f.message()).toList());
    throw new AtriumException(HttpStatus.UNPROCESSABLE_CONTENT, "validation", message, fields);
  }

  /** "tags[2].<list element>" reads as "tags[2]". */
  private static String field(ConstraintViolation<?> v) {
    return v.getPropertyPath().toString().replace(".<list element>", "");
  }
}
