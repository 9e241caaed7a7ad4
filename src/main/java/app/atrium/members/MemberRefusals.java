package app.atrium.members;

import app.atrium.platform.web.AtriumException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The refusals of a member change that say what to do next. */
final class MemberRefusals {

  private MemberRefusals() {}

  /** The email belongs to the member in {@code rs} (first name, last name, status). */
  static AtriumException duplicateEmail(String email, ResultSet rs) throws SQLException {
    String name = (rs.getString(1) + " " + rs.getString(2)).strip();
    boolean archived = MemberStatus.ARCHIVED.name().equals(rs.getString(3));
    return duplicateEmail(email, name, archived);
  }

  static AtriumException duplicateEmail(String email, String owner, boolean archived) {
    String who = owner == null ? "another member" : owner + (archived ? " (archived)" : "");
    return new AtriumException(
        HttpStatus.CONFLICT,
        "duplicate-email",
        "The email '"
            + email
            + "' already belongs to "
            + who
            + "; open that card"
            + (archived ? " and restore it" : "")
            + " instead of adding the person twice, or use another email.",
        List.of(new AtriumException.FieldProblem("email", "is already used by " + who)));
  }

  static AtriumException unknownCompany(UUID companyId) {
    return AtriumException.invalid("companyId", "no company " + companyId + " in this coworking");
  }
}
