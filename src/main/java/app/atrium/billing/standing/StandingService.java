package app.atrium.billing.standing;

import app.atrium.billing.AccessSuspension;
import app.atrium.billing.Balance;
import app.atrium.billing.Billing;
import app.atrium.billing.Dunning;
import app.atrium.billing.Invoicing;
import app.atrium.billing.Payer;
import app.atrium.billing.Payments;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.tenancy.Tenants;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payer's standing: the balance, and whether dunning suspends a member's access. Suspension is
 * read, not stored: it holds while the policy suspends and an invoice of hers (or of the company
 * that pays for her) is open after its last reminder, so paying or crediting it lifts it at once.
 */
@Service
class StandingService implements Billing {

  private final StandingStore store;
  private final Members members;
  private final Dunning dunning;
  private final Invoicing invoicing;
  private final Payments payments;
  private final Tenants tenants;

  StandingService(
      StandingStore store,
      Members members,
      Dunning dunning,
      Invoicing invoicing,
      Payments payments,
      Tenants tenants) {
    this.store = store;
    this.members = members;
    this.dunning = dunning;
    this.invoicing = invoicing;
    this.payments = payments;
    this.tenants = tenants;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean accessSuspended(UUID memberId) {
    return suspension(memberId).isPresent();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AccessSuspension> suspension(UUID memberId) {
    if (!dunning.policy().suspendAccess()) return Optional.empty();
    Optional<Member> member = members.find(memberId);
    if (member.isEmpty()) return Optional.empty();
    UUID company = member.get().billedToCompany() ? member.get().companyId() : null;
    return store
        .suspending(memberId, company)
        .map(
            s ->
                new AccessSuspension(
                    memberId,
                    s.payer(),
                    s.invoiceId(),
                    s.number(),
                    s.due(),
                    s.currency(),
                    s.since()));
  }

  @Override
  @Transactional(readOnly = true)
  public Balance balance(Payer payer) {
    var invoiced = store.invoiced(payer, invoicing.today());
    return new Balance(
        payer,
        tenants.current().currency(),
        invoiced.invoiced(),
        store.paid(payer),
        invoiced.due(),
        invoiced.overdue(),
        payments.creditBalance(payer),
        invoiced.open(),
        invoiced.overdueCount());
  }
}
