package app.atrium.members;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database constraint refused a change, to turn it into an answer the caller can act on. */
final class Constraints {

  private Constraints() {}

  static String nameOf(DataIntegrityViolationException e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
        String name = p.getServerErrorMessage().getConstraint();
        return name == null ? "" : name;
      }
      t =
          t instanceof SQLException s && s.getNextException() != null
              ? s.getNextException()
              : t.getCause();
    }
    return "";
  }
}
