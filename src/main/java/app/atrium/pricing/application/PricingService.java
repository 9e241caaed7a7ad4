package app.atrium.pricing.application;

import app.atrium.allowances.Allowances;
import app.atrium.allowances.Balance;
import app.atrium.allowances.Use;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.Memberships;
import app.atrium.plans.Plan;
import app.atrium.plans.Plans;
import app.atrium.platform.money.Money;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.pricing.PriceRule;
import app.atrium.pricing.PriceRuleDraft;
import app.atrium.pricing.Pricing;
import app.atrium.pricing.Quote;
import app.atrium.pricing.QuoteRequest;
import app.atrium.pricing.domain.PriceCalculator;
import app.atrium.pricing.domain.PriceCalculator.PlanDiscount;
import app.atrium.pricing.domain.PriceCalculator.Prospect;
import app.atrium.pricing.persistence.PriceRuleStore;
import app.atrium.services.BookingExtras;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import app.atrium.tenancy.Locations;
import app.atrium.tenancy.TenantSettings;
import app.atrium.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quotes and price rules: one transaction per use case, joining the caller's when there is one. */
@Service
class PricingService implements Pricing {

  /** Quotes are for bookings between these instants (as bookings' own dates are). */
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("2101-01-01T00:00:00Z");

  private final PriceRuleStore store;
  private final PriceRuleChecks checks;
  private final Resources resources;
  private final Locations locations;
  private final Members members;
  private final Memberships memberships;
  private final Plans plans;
  private final Tenants tenants;
  private final ResourceTypes types;
  private final Allowances allowances;
  private final BookingExtras extras;
  private final Clock clock;

  PricingService(
      PriceRuleStore store,
      PriceRuleChecks checks,
      Resources resources,
      Locations locations,
      Members members,
      Memberships memberships,
      Plans plans,
      Tenants tenants,
      ResourceTypes types,
      Allowances allowances,
      BookingExtras extras,
      Clock clock) {
    this.store = store;
    this.checks = checks;
    this.resources = resources;
    this.locations = locations;
    this.members = members;
    this.memberships = memberships;
    this.plans = plans;
    this.tenants = tenants;
    this.types = types;
    this.allowances = allowances;
    this.extras = extras;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Quote quote(QuoteRequest r) {
    if (r.resourceId() == null) throw AtriumException.invalid("resourceId", "is required");
    checkTimes(r.start(), r.end());
    UUID memberId = whoFor(r.memberId());
    Resource resource =
        resources
            .find(r.resourceId())
            .orElseThrow(() -> AtriumException.invalid("resourceId", "no such resource"));
    Quote room = roomQuote(resource, memberId, r.start(), r.end());
    if (r.extras().isEmpty()) return room;
    return room.withExtras(extras.price(memberId, r.start(), r.extras()));
  }

  /** The resource's price for the member, her included hours first where its type uses them. */
  private Quote roomQuote(Resource resource, UUID memberId, Instant start, Instant end) {
    ResourceType type = types.get(resource.typeId());
    if (memberId == null || !type.usesRoomHours()) {
      return price(resource, memberId, start, end);
    }
    Use use =
        allowances.preview(
            memberId, AllowanceKind.MEETING_ROOM_HOURS, Pricing.bookedHours(start, end), start);
    Balance b = use.balance();
    Quote.Included included =
        b == null ? null : new Quote.Included(use.included(), b.left(), b.granted());
    return split(resource, memberId, start, end, included);
  }

  @Override
  @Transactional(readOnly = true)
  public Quote priceOf(
      Resource resource, UUID memberId, Instant start, Instant end, Quote.Included included) {
    checkTimes(start, end);
    return split(resource, memberId, start, end, included);
  }

  private Quote split(
      Resource resource, UUID memberId, Instant start, Instant end, Quote.Included included) {
    if (included == null) return price(resource, memberId, start, end);
    if (included.hours().signum() <= 0) {
      // Nothing left to cover it: the whole booking is paid, and the quote says what is left.
      Quote paid = price(resource, memberId, start, end);
      return new Quote(paid.total(), paid.currency(), paid.lines(), included);
    }
    long seconds = included.hours().multiply(BigDecimal.valueOf(3600)).longValue();
    Instant paidFrom = start.plusSeconds(seconds);
    TenantSettings tenant = tenants.current();
    Quote paid =
        paidFrom.isBefore(end)
            ? price(resource, memberId, paidFrom, end)
            : new Quote(
                Money.zero(Currency.getInstance(tenant.currency())).rounded().amount(),
                tenant.currency(),
                List.of());
    return PriceCalculator.withIncluded(paid, included, Locale.of(tenant.locale()));
  }

  @Override
  @Transactional(readOnly = true)
  public Quote priceOf(Resource resource, UUID memberId, Instant start, Instant end) {
    checkTimes(start, end);
    return price(resource, memberId, start, end);
  }

  @Override
  @Transactional(readOnly = true)
  public List<PriceRule> rules(UUID resourceTypeId, UUID resourceId) {
    return store.list(resourceTypeId, resourceId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PriceRule> findRule(UUID id) {
    return store.find(id);
  }

  @Override
  @Transactional(readOnly = true)
  public PriceRule rule(UUID id) {
    return store.find(id).orElseThrow(() -> AtriumException.notFound("Price rule", id));
  }

  @Override
  @Transactional
  public PriceRule createRule(PriceRuleDraft draft) {
    UUID id = UUID.randomUUID();
    checks.write(() -> store.insert(checks.row(id, draft), clock.instant()));
    return rule(id);
  }

  @Override
  @Transactional
  public PriceRule updateRule(UUID id, PriceRuleDraft draft) {
    store.findForUpdate(id).orElseThrow(() -> AtriumException.notFound("Price rule", id));
    checks.write(() -> store.update(checks.row(id, draft)));
    return rule(id);
  }

  @Override
  @Transactional
  public void deleteRule(UUID id) {
    if (!store.delete(id)) throw AtriumException.notFound("Price rule", id);
  }

  // ---------------------------------------------------------------------------------------------

  private Quote price(Resource resource, UUID memberId, Instant start, Instant end) {
    List<PriceRule> rules = store.forResource(resource.id(), resource.typeId());
    TenantSettings tenant = tenants.current();
    Currency currency = Currency.getInstance(tenant.currency());
    if (rules.isEmpty()) {
      // Nothing priced: free, and no need to look up the place or the member (bookings pass here).
      return new Quote(
          Money.zero(currency).rounded().amount(), currency.getCurrencyCode(), List.of());
    }
    ZoneId zone = ZoneId.of(locations.get(resource.locationId()).timeZone());
    PlanDiscount discount =
        memberId == null ? null : discount(memberId, start.atZone(zone).toLocalDate());
    return PriceCalculator.quote(
        new Prospect(resource.id(), resource.typeId(), resource.name(), start, end, zone),
        rules,
        discount,
        currency,
        Locale.of(tenant.locale()));
  }

  /** The best booking discount among the member's plans on that day (none: list price). */
  private PlanDiscount discount(UUID memberId, LocalDate day) {
    return memberships.activeOn(memberId, day).stream()
        .map(m -> plans.get(m.planId()))
        .filter(p -> p.bookingDiscountPercent().signum() > 0)
        .max(Comparator.comparing(Plan::bookingDiscountPercent))
        .map(p -> new PlanDiscount(p.name(), p.bookingDiscountPercent()))
        .orElse(null);
  }

  /** Members quote for themselves; staff for any member of this tenant, or for a guest. */
  private UUID whoFor(UUID memberId) {
    AtriumUser actor = TenantContext.currentUser().orElse(null);
    if (actor != null && actor.role() == Role.MEMBER) {
      UUID own =
          members
              .findByAccount(actor.accountId())
              .map(Member::id)
              .orElseThrow(
                  () ->
                      new AtriumException(
                          HttpStatus.FORBIDDEN,
                          "no-member-card",
                          "This login has no member card; ask the front desk."));
      if (memberId != null && !memberId.equals(own)) {
        throw new AtriumException(
            HttpStatus.FORBIDDEN, "forbidden", "Members get quotes for themselves only.");
      }
      return own;
    }
    if (memberId != null && members.find(memberId).isEmpty()) {
      throw AtriumException.invalid("memberId", "no such member");
    }
    return memberId;
  }

  private static void checkTimes(Instant start, Instant end) {
    if (start == null) throw AtriumException.invalid("start", "is required");
    if (end == null) throw AtriumException.invalid("end", "is required");
    if (start.isBefore(EARLIEST) || !start.isBefore(LATEST)) {
      throw AtriumException.invalid("start", "must be between 2000 and 2100");
    }
    if (!end.isAfter(start)) throw AtriumException.invalid("end", "must be after start");
    if (Duration.between(start, end).compareTo(PriceCalculator.LONGEST) > 0) {
      throw AtriumException.invalid(
          "end", "a quote covers at most " + PriceCalculator.LONGEST.toDays() + " days");
    }
  }
}
