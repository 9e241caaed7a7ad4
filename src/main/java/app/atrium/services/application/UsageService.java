package app.atrium.services.application;

import app.atrium.allowances.Allowances;
import app.atrium.allowances.UsageSource;
import app.atrium.allowances.Use;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.AllowanceKind;
import app.atrium.platform.web.AtriumException;
import app.atrium.services.AddOn;
import app.atrium.services.AddOns;
import app.atrium.services.CorrectionDraft;
import app.atrium.services.MonthUsage;
import app.atrium.services.Payer;
import app.atrium.services.ServiceUsage;
import app.atrium.services.ServiceUsage.Source;
import app.atrium.services.ServiceUsages;
import app.atrium.services.UsageDraft;
import app.atrium.services.UsageLine;
import app.atrium.services.domain.UsageSplit;
import app.atrium.services.domain.UsageSplit.Correction;
import app.atrium.services.domain.UsageSplit.Quantities;
import app.atrium.services.domain.UsageSplit.Split;
import app.atrium.services.persistence.UsageStore;
import app.atrium.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage of services: one transaction per use case, joining the caller's (a device report) when
 * there is one, so that a usage row and the allowance it draws commit or roll back together.
 */
@Service
public class UsageService implements ServiceUsages {

  private static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);
  private static final YearMonth LAST_MONTH = YearMonth.of(2100, 12);

  private final UsageStore store;
  private final AddOns catalogue;
  private final Members members;
  private final Allowances allowances;
  private final MemberHomes homes;
  private final Tenants tenants;
  private final Checks checks;

  UsageService(
      UsageStore store,
      AddOns catalogue,
      Members members,
      Allowances allowances,
      MemberHomes homes,
      Tenants tenants,
      Checks checks) {
    this.store = store;
    this.catalogue = catalogue;
    this.members = members;
    this.allowances = allowances;
    this.homes = homes;
    this.tenants = tenants;
    this.checks = checks;
  }

  @Override
  @Transactional
  public ServiceUsage record(UsageDraft d) {
    checks.valid(d);
    Actor actor = Actor.current();
    Member member =
        members
            .find(d.memberId())
            .orElseThrow(() -> AtriumException.invalid("memberId", "no such member"));
    if (actor.member() && !member.id().equals(ownMemberId(actor))) {
      throw new AtriumException(
          HttpStatus.FORBIDDEN, "forbidden", "Members record services for themselves only.");
    }
    AddOn service = service(d.serviceId(), d.serviceCode());
    Instant at = checks.occurredAt("occurredAt", d.occurredAt());
    return record(
        new Recording(
            UUID.randomUUID(),
            member,
            service,
            d.quantity(),
            Checks.text(d.note()),
            at,
            actor.member() ? Source.MEMBER : Source.STAFF,
            actor.name(),
            actor.accountId(),
            null,
            null));
  }

  /**
   * A use to record, checked for who and what by the caller; {@code deviceId} set for a device's
   * report, {@code bookingId} for an extra of a booking.
   */
  record Recording(
      UUID id,
      Member member,
      AddOn service,
      BigDecimal quantity,
      String note,
      Instant occurredAt,
      Source source,
      String recordedBy,
      UUID recordedByAccountId,
      UUID deviceId,
      UUID bookingId) {}

  /** How the member's use of {@code service} at {@code at} would split, drawing nothing. */
  Split preview(Member member, AddOn service, BigDecimal quantity, Instant at) {
    boolean planIncluded = includedByPlan(homes.at(member.id(), at), service);
    BigDecimal fromAllowance = BigDecimal.ZERO;
    if (!planIncluded && service.allowanceKind() != null) {
      fromAllowance =
          allowances.preview(member.id(), service.allowanceKind(), quantity, at).included();
    }
    return UsageSplit.of(quantity, planIncluded, fromAllowance, service.price(), currency());
  }

  private static boolean includedByPlan(MemberHomes.Home home, AddOn service) {
    return home.planIds().stream().anyMatch(service::includedIn);
  }

  private Currency currency() {
    return Currency.getInstance(tenants.current().currency());
  }

  /** Prices, splits and writes a use; the allowance is drawn in the caller's transaction. */
  @Transactional
  ServiceUsage record(Recording r) {
    AddOn service = r.service();
    Checks.quantity("quantity", r.quantity(), service.unit());
    if (!service.active()) {
      throw AtriumException.invalid(
          "serviceId", "the service '" + service.name() + "' is archived; choose an active one");
    }
    Currency currency = currency();
    MemberHomes.Home home = homes.at(r.member().id(), r.occurredAt());
    YearMonth period = YearMonth.from(r.occurredAt().atZone(home.zone()));
    boolean planIncluded = includedByPlan(home, service);
    BigDecimal fromAllowance = BigDecimal.ZERO;
    AllowanceKind drawn = null;
    if (!planIncluded && service.allowanceKind() != null) {
      Use use =
          allowances.use(
              r.member().id(),
              service.allowanceKind(),
              r.quantity(),
              r.occurredAt(),
              r.source() == Source.DEVICE ? UsageSource.DEVICE : UsageSource.SERVICE,
              r.id());
      fromAllowance = use.included();
      if (fromAllowance.signum() > 0) drawn = service.allowanceKind();
      // The ledger's period is the one the allowance was drawn from: keep the row in it.
      if (use.balance() != null) period = use.balance().period();
    }
    Split split =
        UsageSplit.of(r.quantity(), planIncluded, fromAllowance, service.price(), currency);
    Member m = r.member();
    ServiceUsage usage =
        new ServiceUsage(
            r.id(),
            m.id(),
            service.id(),
            service.code(),
            service.name(),
            service.unit(),
            r.quantity(),
            split.included(),
            split.paid(),
            service.price(),
            split.amount(),
            currency.getCurrencyCode(),
            planIncluded,
            drawn,
            period,
            r.occurredAt(),
            checks.now(),
            r.source(),
            r.recordedBy(),
            r.recordedByAccountId(),
            r.deviceId(),
            r.note(),
            null,
            null,
            m.billedToCompany() ? m.companyId() : null,
            r.bookingId());
    store.insert(usage);
    return get(usage.id());
  }

  @Override
  @Transactional
  public ServiceUsage correct(UUID usageId, CorrectionDraft d) {
    checks.valid(d);
    Actor actor = Actor.current().requireStaff();
    ServiceUsage entry =
        store.findForUpdate(usageId).orElseThrow(() -> AtriumException.notFound("Usage", usageId));
    if (entry.correction()) {
      throw AtriumException.invalid(
          "usageId", "this entry is a correction; correct the entry it corrects instead");
    }
    Checks.quantity("quantity", d.quantity(), entry.unit());
    BigDecimal left = left(entry);
    if (left.signum() == 0) {
      throw AtriumException.conflict(
          "already-corrected",
          "This entry has been corrected in full; nothing is left to take back.");
    }
    if (d.quantity().compareTo(left) > 0) {
      throw AtriumException.invalid(
          "quantity",
          "at most " + left.stripTrailingZeros().toPlainString() + " is left to correct");
    }
    return takeBack(entry, d.quantity(), d.reason().strip(), actor);
  }

  /** What is left of an entry after its corrections so far. */
  BigDecimal left(ServiceUsage entry) {
    return UsageSplit.left(original(entry), store.corrected(entry.id())).quantity();
  }

  private static Quantities original(ServiceUsage entry) {
    return new Quantities(
        entry.quantity(), entry.includedQuantity(), entry.paidQuantity(), entry.amount());
  }

  /**
   * Writes the correction of {@code quantity} (at most what is left) of an entry locked by the
   * caller, giving back what it drew. A booking's extra stays one: its correction keeps the source
   * and the booking, so that billing nets the two.
   */
  ServiceUsage takeBack(ServiceUsage entry, BigDecimal quantity, String reason, Actor actor) {
    Currency currency = Currency.getInstance(entry.currency());
    Correction c =
        UsageSplit.correct(
            original(entry),
            store.corrected(entry.id()),
            quantity,
            entry.allowanceKind() != null,
            entry.allowanceKind() != null && unlimited(entry),
            entry.unitPrice(),
            currency);
    giveBack(entry, c.allowance(), reason);
    Source source =
        entry.source() == Source.BOOKING
            ? Source.BOOKING
            : actor.member() ? Source.MEMBER : Source.STAFF;
    ServiceUsage correction =
        new ServiceUsage(
            UUID.randomUUID(),
            entry.memberId(),
            entry.serviceId(),
            entry.serviceCode(),
            entry.serviceName(),
            entry.unit(),
            quantity.negate(),
            c.included().negate(),
            c.paid().negate(),
            entry.unitPrice(),
            c.amount().negate(),
            entry.currency(),
            entry.planIncluded(),
            c.included().signum() > 0 ? entry.allowanceKind() : null,
            entry.period(),
            entry.occurredAt(),
            checks.now(),
            source,
            actor.name(),
            actor.accountId(),
            null,
            "",
            entry.id(),
            reason,
            entry.payerCompanyId(),
            entry.bookingId());
    store.insert(correction);
    return get(correction.id());
  }

  /** Returns included units to the allowance the entry drew them from (see {@link UsageSplit}). */
  private void giveBack(ServiceUsage entry, UsageSplit.AllowanceReturn back, String reason) {
    UsageSource source = entry.source() == Source.DEVICE ? UsageSource.DEVICE : UsageSource.SERVICE;
    switch (back) {
      case UsageSplit.AllowanceReturn.None n -> {}
      case UsageSplit.AllowanceReturn.GiveBackEntry g -> {
        BigDecimal returned = allowances.giveBack(source, entry.id(), reason);
        BigDecimal shortfall = g.units().subtract(returned);
        // The ledger held less of the entry than it had included: credit the difference.
        if (shortfall.signum() > 0 && !unlimited(entry)) credit(entry, shortfall, reason);
      }
      case UsageSplit.AllowanceReturn.Credit c -> credit(entry, c.units(), reason);
    }
  }

  private void credit(ServiceUsage entry, BigDecimal units, String reason) {
    allowances.adjust(entry.memberId(), entry.allowanceKind(), entry.period(), units, reason);
  }

  /** Whether the member's allowance the entry drew on is unlimited in the entry's month. */
  private boolean unlimited(ServiceUsage entry) {
    return allowances.balances(entry.memberId(), entry.period()).stream()
        .anyMatch(b -> b.kind() == entry.allowanceKind() && b.unlimited());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ServiceUsage> find(UUID id) {
    return store.find(id).filter(this::readable);
  }

  @Override
  @Transactional(readOnly = true)
  public ServiceUsage get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Usage", id));
  }

  @Override
  @Transactional(readOnly = true)
  public YearMonth periodOf(UUID memberId, Instant at) {
    return YearMonth.from(at.atZone(homes.at(memberId, at).zone()));
  }

  @Override
  @Transactional(readOnly = true)
  public MonthUsage month(UUID memberId, YearMonth month) {
    if (month == null) throw AtriumException.invalid("month", "is required, e.g. 2027-01");
    if (month.isBefore(FIRST_MONTH) || month.isAfter(LAST_MONTH)) {
      throw AtriumException.invalid("month", "must be between 2000-01 and 2100-12");
    }
    Actor actor = Actor.current();
    Member member =
        members.find(memberId).orElseThrow(() -> AtriumException.notFound("Member", memberId));
    if (actor.member() && !member.id().equals(ownMemberId(actor))) {
      throw AtriumException.notFound("Member", memberId);
    }
    List<ServiceUsage> entries = store.ofMember(memberId, month);
    Map<UUID, List<ServiceUsage>> byService = new LinkedHashMap<>();
    for (ServiceUsage u : entries) {
      byService.computeIfAbsent(u.serviceId(), k -> new ArrayList<>()).add(u);
    }
    List<MonthUsage.Total> totals = new ArrayList<>();
    BigDecimal amount = BigDecimal.ZERO;
    for (List<ServiceUsage> rows : byService.values()) {
      ServiceUsage first = rows.getFirst();
      BigDecimal q = BigDecimal.ZERO;
      BigDecimal inc = BigDecimal.ZERO;
      BigDecimal paid = BigDecimal.ZERO;
      BigDecimal sum = BigDecimal.ZERO;
      for (ServiceUsage u : rows) {
        q = q.add(u.quantity());
        inc = inc.add(u.includedQuantity());
        paid = paid.add(u.paidQuantity());
        sum = sum.add(u.amount());
      }
      totals.add(
          new MonthUsage.Total(
              first.serviceId(),
              first.serviceCode(),
              first.serviceName(),
              first.unit(),
              q,
              inc,
              paid,
              sum));
      amount = amount.add(sum);
    }
    return new MonthUsage(memberId, month, tenants.current().currency(), entries, totals, amount);
  }

  @Override
  @Transactional(readOnly = true)
  public List<UsageLine> linesFor(Payer payer, YearMonth month) {
    List<ServiceUsage> rows =
        switch (payer.kind()) {
          case MEMBER -> store.paidByMember(payer.id(), month);
          case COMPANY -> store.paidByCompany(payer.id(), month);
        };
    return rows.stream().map(UsageService::line).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<UsageLine> lines(java.util.Collection<UUID> memberIds, YearMonth month) {
    return store.ofMembers(memberIds, month).stream().map(UsageService::line).toList();
  }

  private static UsageLine line(ServiceUsage u) {
    return new UsageLine(
        u.id(),
        u.memberId(),
        u.serviceId(),
        u.serviceCode(),
        u.serviceName(),
        u.unit(),
        u.period(),
        u.quantity(),
        u.includedQuantity(),
        u.paidQuantity(),
        u.unitPrice(),
        u.amount(),
        u.currency(),
        u.occurredAt(),
        u.recordedAt(),
        u.correctsId(),
        u.payerCompanyId(),
        u.source());
  }

  /** The service named by id or, failing that, by code; a 422 when neither names an active one. */
  AddOn service(UUID id, String code) {
    if (id != null) {
      return catalogue
          .find(id)
          .orElseThrow(() -> AtriumException.invalid("serviceId", "no such service"));
    }
    if (code != null && !code.isBlank()) {
      return catalogue
          .findByCode(code)
          .orElseThrow(() -> AtriumException.invalid("serviceCode", "no such service"));
    }
    throw AtriumException.invalid("serviceId", "is required (or give a serviceCode)");
  }

  private boolean readable(ServiceUsage u) {
    Actor actor = Actor.current();
    return !actor.member() || u.memberId().equals(ownMemberId(actor));
  }

  private UUID ownMemberId(Actor actor) {
    return members.findByAccount(actor.accountId()).map(Member::id).orElse(null);
  }
}
