package app.atrium.statement.rest;

import app.atrium.platform.web.Months;
import app.atrium.statement.MonthStatement;
import app.atrium.statement.Statements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's month so far. */
@RestController
@RequestMapping("/api/v1/statements")
@Tag(name = "Statements")
class StatementsApiController {

  private final Statements statements;

  StatementsApiController(Statements statements) {
    this.statements = statements;
  }

  @Operation(
      summary = "A member's month so far",
      description =
          "Memberships, allowances left, bookings with their included and paid parts, services,"
              + " and what the month adds beyond the plan (room overage, other bookings, services)."
              + " Members get their own (memberId may be left out).")
  @GetMapping("/month")
  MonthStatement month(
      @Parameter(description = "The member (members: themselves)") @RequestParam(required = false)
          UUID memberId,
      @Parameter(description = "e.g. 2027-01; default: the current month")
          @RequestParam(required = false)
          String month) {
    return statements.month(memberId, parse(month));
  }

  private static YearMonth parse(String month) {
    return Months.parseOrNull("month", month);
  }
}
