package app.atrium.billing.run;

import app.atrium.billing.run.PendingCharge.Kind;
import app.atrium.members.Companies;
import app.atrium.members.Members;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-off charges and discounts waiting for a payer's next regular invoice: what staff enter (on
 * the member card or through the API) and the invoice run bills, once. A charge is never edited: a
 * mistake is cancelled, with a reason, while it is still pending, and entered anew.
 */
@Service
public class PendingCharges {

  private static final BigDecimal MAX = new BigDecimal("1000000000000");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ChargeStore store;
  private final Members members;
  private final Companies companies;
  private final Tenants tenants;
  private final InvoiceRuns runs;
  private final Clock clock;

  PendingCharges(
      ChargeStore store,
      Members members,
      Companies companies,
      Tenants tenants,
      InvoiceRuns runs,
      Clock clock) {
    this.store = store;
    this.members = members;
    this.companies = companies;
    this.tenants = tenants;
    this.runs = runs;
    this.clock = clock;
  }

  @Transactional
  public PendingCharge add(ChargeDraft d) {
    if (d == null) throw AtriumException.invalid("body", "is required");
    if ((d.memberId() == null) == (d.companyId() == null)) {
      throw AtriumException.invalid("memberId", "give either memberId or companyId");
    }
    if (d.memberId() != null && members.find(d.memberId()).isEmpty()) {
      throw AtriumException.invalid("memberId", "no such member");
    }
    if (d.companyId() != null && companies.find(d.companyId()).isEmpty()) {
      throw AtriumException.invalid("companyId", "no such company");
    }
    if (d.kind() == null) throw AtriumException.invalid("kind", "is required: ONE_OFF or DISCOUNT");
    String description = d.description() == null ? "" : d.description().strip();
    if (description.isEmpty() || description.length() > 300) {
      throw AtriumException.invalid("description", "is required, at most 300 characters");
    }
    int digits =
        Math.max(0, Currency.getInstance(tenants.current().currency()).getDefaultFractionDigits());
    if (d.kind() == Kind.ONE_OFF && d.percent() != null) {
      throw AtriumException.invalid("percent", "only a discount may be a percentage");
    }
    if (d.kind() == Kind.ONE_OFF && d.amount() == null) {
      throw AtriumException.invalid("amount", "is required for a one-off charge");
    }
    if (d.kind() == Kind.DISCOUNT && (d.amount() == null) == (d.percent() == null)) {
      throw AtriumException.invalid("amount", "a discount is either an amount or a percent");
    }
    if (d.amount() != null
        && (d.amount().signum() <= 0
            || d.amount().compareTo(MAX) >= 0
            || d.amount().stripTrailingZeros().scale() > digits)) {
      throw AtriumException.invalid(
          "amount",
          "must be above 0 with at most " + digits + " decimals (a discount is entered positive)");
    }
    if (d.percent() != null
        && (d.percent().signum() <= 0
            || d.percent().compareTo(HUNDRED) > 0
            || d.percent().stripTrailingZeros().scale() > 2)) {
      throw AtriumException.invalid("percent", "must be above 0 and at most 100, two decimals");
    }
    YearMonth now = YearMonth.from(clock.instant().atZone(runs.zone()));
    YearMonth from =
        d.billFrom() == null ? (runs.done(now) ? now.plusMonths(1) : now) : d.billFrom();
    if (from.isBefore(now)) {
      throw AtriumException.invalid("billFrom", "must not be before the current month " + now);
    }
    PendingCharge c =
        new PendingCharge(
            UUID.randomUUID(),
            d.memberId(),
            d.companyId(),
            d.kind(),
            description,
            d.amount(),
            d.percent(),
            from,
            clock.instant(),
            TenantContext.currentUser().map(PendingCharges::name).orElse("system"),
            null,
            null,
            null);
    store.insert(c);
    return get(c.id());
  }

  @Transactional(readOnly = true)
  public PendingCharge get(UUID id) {
    return store.find(id).orElseThrow(() -> AtriumException.notFound("Charge", id));
  }

  /**
   * A member's or a company's charges (or everyone's), newest first; only pending ones if asked.
   */
  @Transactional(readOnly = true)
  public List<PendingCharge> list(UUID memberId, UUID companyId, boolean pendingOnly, int limit) {
    if (limit < 1 || limit > 500) throw AtriumException.invalid("limit", "must be 1 to 500");
    return store.list(memberId, companyId, pendingOnly, limit);
  }

  /** Cancels a charge not billed yet; a billed one is corrected with a credit note instead. */
  @Transactional
  public PendingCharge cancel(UUID id, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw AtriumException.invalid("reason", "is required, at most 500 characters");
    }
    PendingCharge c = get(id);
    if (!store.cancel(id, why, clock.instant())) {
      PendingCharge now = get(id);
      throw now.status() == PendingCharge.Status.BILLED
          ? AtriumException.conflict(
              "charge-billed",
              "The charge is on an issued invoice already; correct it with a credit note.")
          : AtriumException.conflict("charge-cancelled", "The charge is cancelled already.");
    }
    return get(c.id());
  }

  private static String name(AtriumUser u) {
    return u.displayName() == null || u.displayName().isBlank() ? u.email() : u.displayName();
  }
}
