package app.atrium.billing.rest;

import app.atrium.billing.AccessSuspension;
import app.atrium.billing.Balance;
import app.atrium.billing.Billing;
import app.atrium.billing.Payer;
import app.atrium.members.Companies;
import app.atrium.members.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A member's or company's balance, and whether dunning suspends a member's access. */
@RestController
@Tag(name = "Balances")
@PreAuthorize("hasRole('STAFF')")
class StandingApiController {

  private final Billing billing;
  private final Members members;
  private final Companies companies;

  StandingApiController(Billing billing, Members members, Companies companies) {
    this.billing = billing;
    this.members = members;
    this.companies = companies;
  }

  @Operation(
      summary = "A member's balance",
      description =
          "Invoiced (less credit notes), paid (less refunds), due on open invoices, overdue, and"
              + " credit kept for the next invoices.")
  @GetMapping("/api/v1/members/{id}/balance")
  Balance memberBalance(@PathVariable UUID id) {
    members.get(id);
    return billing.balance(Payer.member(id));
  }

  @Operation(summary = "A company's balance (of the invoices it pays for its people)")
  @GetMapping("/api/v1/companies/{id}/balance")
  Balance companyBalance(@PathVariable UUID id) {
    companies.get(id);
    return billing.balance(Payer.company(id));
  }

  /** Whether the member's door access is suspended, and why. */
  record Access(UUID memberId, boolean suspended, AccessSuspension suspension) {}

  @Operation(
      summary = "Whether dunning suspends the member's access",
      description =
          "Suspended while the policy suspends access and an invoice she (or her company) pays is"
              + " open after its last reminder; lifted once it is paid.")
  @GetMapping("/api/v1/members/{id}/access-suspension")
  Access access(@PathVariable UUID id) {
    members.get(id);
    var s = billing.suspension(id);
    return new Access(id, s.isPresent(), s.orElse(null));
  }
}
