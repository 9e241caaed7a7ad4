package app.atrium.billing.rest;

import app.atrium.billing.AccountingPeriods;
import app.atrium.billing.AccountingPeriods.LockedPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Locked accounting periods. */
@RestController
@RequestMapping("/api/v1/accounting-periods")
@Tag(name = "Accounting periods")
class AccountingPeriodsApiController {

  private final AccountingPeriods periods;

  AccountingPeriodsApiController(AccountingPeriods periods) {
    this.periods = periods;
  }

  @Operation(summary = "The locked months, latest first")
  @GetMapping
  List<LockedPeriod> list() {
    return periods.locked();
  }

  @Operation(
      summary = "Lock a month that has ended",
      description =
          "From then on no invoice, credit note, payment or refund dated in it can be added or"
              + " changed; the lock is final. Locking it again changes nothing.")
  @PostMapping("/{period}/lock")
  LockedPeriod lock(@Parameter(description = "e.g. 2027-01") @PathVariable YearMonth period) {
    return periods.lock(period);
  }
}
