package app.atrium.billing.rest;

import app.atrium.billing.Dunning;
import app.atrium.billing.DunningPolicy;
import app.atrium.billing.DunningReminder;
import app.atrium.billing.DunningRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Dunning: the coworking's reminder policy, a run on demand, an invoice's reminders. */
@RestController
@Tag(name = "Dunning")
class DunningApiController {

  private final Dunning dunning;

  DunningApiController(Dunning dunning) {
    this.dunning = dunning;
  }

  @Operation(
      summary = "The dunning policy",
      description =
          "Reminder days after the due date (default 3, 7, 14), whether dunning is on, and"
              + " whether the payer's door access is suspended after the last reminder until the"
              + " invoice is paid.")
  @GetMapping("/api/v1/dunning-policy")
  @PreAuthorize("hasRole('STAFF')")
  DunningPolicy policy() {
    return dunning.policy();
  }

  @Operation(
      summary = "Change the dunning policy",
      description = "reminderDays: 1 to 6 days, each 1 to 365, ascending.")
  @PutMapping("/api/v1/dunning-policy")
  DunningPolicy update(@Valid @RequestBody DunningPolicy policy) {
    return dunning.update(policy);
  }

  @Operation(
      summary = "Send the reminders due today now",
      description =
          "What the daily job does: each open invoice past its due date gets the reminder step"
              + " due today, once (a step sent before is never sent again); after the last step,"
              + " a staff task.")
  @PostMapping("/api/v1/dunning/run")
  DunningRun run() {
    return dunning.runNow();
  }

  @Operation(summary = "The reminders sent for an invoice, first step first")
  @GetMapping("/api/v1/invoices/{id}/reminders")
  @PreAuthorize("hasRole('STAFF')")
  List<DunningReminder> reminders(@PathVariable UUID id) {
    return dunning.reminders(id);
  }
}
