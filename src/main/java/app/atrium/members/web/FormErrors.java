package app.atrium.members.web;

import app.atrium.platform.web.AtriumException;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal next to the form fields it names, in the visitor's language. */
final class FormErrors {

  /** Message keys for refusals the pages know, by problem type and field. */
  private static final Map<String, String> CODES =
      Map.of(
          "duplicate-email/email", "members.error.duplicateEmail",
          "duplicate-name/name", "members.error.duplicateCompany",
          "validation/billedToCompany", "members.error.billedNeedsCompany",
          "validation/companyId", "members.error.unknownCompany",
          "validation/tags", "members.error.tags");

  private FormErrors() {}

  /**
   * Binds {@code e}'s field problems to {@code errors}; false when it named no field of the form.
   */
  static boolean bind(AtriumException e, BindingResult errors) {
    boolean any = false;
    for (var problem : e.fields()) {
      String field = problem.field().replaceAll("\\[\\d+]$", "");
      if (errors.getFieldType(field) == null) continue;
      String code = CODES.getOrDefault(e.type() + "/" + field, "members.error.field");
      errors.rejectValue(field, code, new Object[] {problem.message()}, problem.message());
      any = true;
    }
    return any;
  }
}
