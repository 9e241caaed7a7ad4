package app.atrium.spaces;

import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.AtriumException.FieldProblem;
import app.atrium.platform.web.Drafts;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/** Small shared checks of the spaces services: drafts from any channel, and constraint names. */
final class Checks {

  private Checks() {}

  /**
   * Validates a draft whichever channel it came from (the API validates it already; pages and the
   * demo do not), as a 422 naming every bad field.
   */
  static void valid(Validator validator, Object draft) {
    Drafts.check(validator, draft);
  }

  /** A 409 that names the field whose value clashes with existing data. */
  static AtriumException conflict(String type, String field, String message) {
    return new AtriumException(
        HttpStatus.CONFLICT, type, message, List.of(new FieldProblem(field, message)));
  }

  /** The name of the constraint PostgreSQL says was violated, if it says. */
  static Optional<String> constraint(DataIntegrityViolationException e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
        return Optional.ofNullable(p.getServerErrorMessage().getConstraint());
      }
      t = t.getCause();
    }
    return Optional.empty();
  }
}
