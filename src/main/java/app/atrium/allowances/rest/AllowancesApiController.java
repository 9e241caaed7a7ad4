package app.atrium.allowances.rest;

import app.atrium.allowances.Allowances;
import app.atrium.allowances.Balance;
import app.atrium.allowances.LedgerEntry;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.AllowanceKind;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.Months;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members' included allowances: balances per month, their ledger, and staff corrections. */
@RestController
@RequestMapping("/api/v1/allowances")
@Tag(name = "Allowances")
class AllowancesApiController {

  private final Allowances allowances;
  private final Members members;

  AllowancesApiController(Allowances allowances, Members members) {
    this.allowances = allowances;
    this.members = members;
  }

  @Operation(
      summary = "A member's balances for a month",
      description =
          "Per kind: granted (null: unlimited), used and left, of her own balance or her company's"
              + " pool. Members see their own only (memberId may be left out).")
  @GetMapping
  List<Balance> balances(
      @Parameter(description = "The member (members: themselves)") @RequestParam(required = false)
          UUID memberId,
      @Parameter(description = "The month, e.g. 2027-01") @RequestParam String month) {
    return allowances.balances(whose(memberId), month(month));
  }

  @Operation(
      summary = "The ledger of a member's balances for a month",
      description = "Every grant, use, give-back and correction, oldest first, with its source.")
  @GetMapping("/ledger")
  List<LedgerEntry> ledger(
      @RequestParam(required = false) UUID memberId, @RequestParam String month) {
    return allowances.ledger(whose(memberId), month(month));
  }

  /** A staff correction of a balance. */
  record Adjustment(
      @NotNull UUID memberId,
      @NotNull AllowanceKind kind,
      @NotBlank String month,
      @NotNull BigDecimal delta,
      @NotBlank String reason) {}

  @Operation(
      summary = "Correct a member's balance (staff)",
      description =
          "A positive delta grants more, a negative one takes back (never below what is used);"
              + " the reason is kept on the ledger entry.")
  @PostMapping("/adjustments")
  @ResponseStatus(HttpStatus.CREATED)
  LedgerEntry adjust(@Valid @RequestBody Adjustment a) {
    members
        .find(a.memberId())
        .orElseThrow(() -> AtriumException.invalid("memberId", "no such member"));
    return allowances.adjust(a.memberId(), a.kind(), month(a.month()), a.delta(), a.reason());
  }

  private UUID whose(UUID memberId) {
    AtriumUser actor = TenantContext.currentUser().orElse(null);
    if (actor != null && actor.role() == Role.MEMBER) {
      UUID own =
          members
              .findByAccount(actor.accountId())
              .map(Member::id)
              .orElseThrow(() -> AtriumException.notFound("Member", actor.accountId()));
      if (memberId != null && !memberId.equals(own))
        throw AtriumException.notFound("Member", memberId);
      return own;
    }
    if (memberId == null) throw AtriumException.invalid("memberId", "is required");
    members.find(memberId).orElseThrow(() -> AtriumException.notFound("Member", memberId));
    return memberId;
  }

  private static YearMonth month(String month) {
    return Months.parse("month", month);
  }
}
