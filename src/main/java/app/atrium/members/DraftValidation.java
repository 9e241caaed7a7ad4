package app.atrium.members;

import app.atrium.platform.web.Drafts;
import jakarta.validation.Validator;
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
    Drafts.check(validator, draft);
  }
}
