package app.atrium.renewals.rest;

import app.atrium.renewals.RenewalRun;
import app.atrium.renewals.RenewalSettings;
import app.atrium.renewals.Renewals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Renewals of fixed terms: the coworking's rules, and the daily check run on demand. */
@RestController
@RequestMapping("/api/v1/renewals")
@Tag(name = "Renewals")
@PreAuthorize("hasRole('STAFF')")
class RenewalsApiController {

  private final Renewals renewals;

  RenewalsApiController(Renewals renewals) {
    this.renewals = renewals;
  }

  @Operation(summary = "The coworking's renewal rules")
  @GetMapping("/settings")
  RenewalSettings settings() {
    return renewals.settings();
  }

  @Operation(
      summary = "Change the renewal rules",
      description =
          "remindDaysBefore (1-60, default 7): how long before a fixed term ends the member is"
              + " reminded and, without autopay, the staff get a call task. assigneeRole (OWNER,"
              + " ADMIN or ACCOUNTANT; null: the first admin): whose those tasks are.")
  @PutMapping("/settings")
  RenewalSettings update(@Valid @RequestBody RenewalSettings settings) {
    return renewals.updateSettings(settings);
  }

  @Operation(
      summary = "Run today's renewal check now",
      description =
          "What the daily 07:00 check does: reminds each member whose fixed term ends within the"
              + " notice period, renews it when autopay is on, else creates the staff's call task."
              + " Each happens once per membership and end date, so running it again does"
              + " nothing twice; the answer counts what this run did.")
  @PostMapping("/run")
  RenewalRun run() {
    return renewals.runToday();
  }
}
