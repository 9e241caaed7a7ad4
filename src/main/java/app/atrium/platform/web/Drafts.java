package app.atrium.platform.web;

import app.atrium.platform.web.AtriumException.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Bean Validation of a draft whichever channel it came from (the API validates request bodies
 * already; pages, jobs and the demo do not): every problem at once, as one 422 naming the fields.
 */
public final class Drafts {

  private Drafts() {}

  /**
   * Refuses a missing draft or one with constraint violations; "tags[2].<list element>" reads
   * "tags[2]".
   */
  public static void check(Validator validator, Object draft) {
    check(validator, draft, v -> v.getPropertyPath().toString().replace(".<list element>", ""));
  }

  /** The same, with the field of each violation named by {@code field}. */
  public static void check(
      Validator validator, Object draft, Function<ConstraintViolation<?>, String> field) {
    if (draft == null) throw AtriumException.invalid("body", "is required");
    List<FieldProblem> fields =
        validator.validate(draft).stream()
            .map(v -> new FieldProblem(field.apply(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList();
    if (!fields.isEmpty()) throw AtriumException.invalid(fields);
  }
}
