package app.atrium.billing.run;

import app.atrium.billing.BillingSettings;
import app.atrium.billing.DraftLine;
import app.atrium.billing.InvoiceDraft;
import app.atrium.billing.Invoicing;
import app.atrium.billing.Issued;
import app.atrium.billing.Payer;
import app.atrium.billing.notify.NoticeWorker;
import app.atrium.billing.run.InvoiceRun.Status;
import app.atrium.billing.run.InvoiceRun.Trigger;
import app.atrium.billing.run.RunStore.Invoiced;
import app.atrium.billing.run.RunStore.Link;
import app.atrium.billing.run.domain.InvoiceLines;
import app.atrium.billing.run.domain.Labels;
import app.atrium.billing.run.domain.PayerMonth;
import app.atrium.billing.run.domain.PayerMonth.FeeAdjustment;
import app.atrium.billing.run.domain.PayerMonth.MonthCharge;
import app.atrium.billing.run.domain.PlannedLine;
import app.atrium.booking.BookingCharge;
import app.atrium.booking.Bookings;
import app.atrium.members.Companies;
import app.atrium.members.Company;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.DayPassSale;
import app.atrium.plans.Memberships;
import app.atrium.plans.MonthFee;
import app.atrium.plans.domain.FeeLine;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.services.ServiceUsages;
import app.atrium.services.UsageLine;
import app.atrium.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly invoice run of the current tenant: one REGULAR invoice per payer (a member, or the
 * company her invoices go to) and period, the period's membership fees in advance and the previous
 * month's usage in arrears. Payers are taken in batches in the order of their ids, each batch one
 * transaction that reads what it needs with one query per module and issues its drafts together
 * ({@link Invoicing#issueAll}). Payers invoiced already are skipped; the invoices' unique key per
 * payer and period makes a rerun, a crash half-way or a second node issue nothing twice, and the
 * unique key of {@code invoice_line_source} bills no usage twice.
 */
@Service
public class InvoiceRuns {

  private static final Logger log = LoggerFactory.getLogger(InvoiceRuns.class);

  /** A run whose heartbeat is older than this is taken for crashed. */
  static final Duration STALE = Duration.ofMinutes(5);

  private final Members members;
  private final Companies companies;
  private final Memberships memberships;
  private final Bookings bookings;
  private final ServiceUsages usages;
  private final Invoicing invoicing;
  private final BillingSettings settings;
  private final Tenants tenants;
  private final RunStore store;
  private final ChargeStore pending;
  private final TransactionTemplate tx;
  private final MessageSource messages;
  private final InvoiceRunProperties props;
  private final Clock clock;
  private final Executor executor;
  private final NoticeWorker notices;

  InvoiceRuns(
      Members members,
      Companies companies,
      Memberships memberships,
      Bookings bookings,
      ServiceUsages usages,
      Invoicing invoicing,
      BillingSettings settings,
      Tenants tenants,
      RunStore store,
      ChargeStore charges,
      TransactionTemplate tx,
      MessageSource messages,
      InvoiceRunProperties props,
      Clock clock,
      @Qualifier("applicationTaskExecutor") Executor executor,
      NoticeWorker notices) {
    this.members = members;
    this.companies = companies;
    this.memberships = memberships;
    this.bookings = bookings;
    this.usages = usages;
    this.invoicing = invoicing;
    this.settings = settings;
    this.tenants = tenants;
    this.store = store;
    this.pending = charges;
    this.tx = tx;
    this.messages = messages;
    this.props = props;
    this.clock = clock;
    this.executor = executor;
    this.notices = notices;
  }

  // --- starting and reading -----------------------------------------------------------------

  /** Starts a run of {@code period} in the background; answers it as it starts. */
  public InvoiceRun start(YearMonth period, Trigger trigger) {
    check(period);
    UUID tenant = TenantContext.requireTenantId();
    InvoiceRun run = begin(period, trigger);
    executor.execute(() -> TenantContext.runAs(tenant, () -> execute(run)));
    return run;
  }

  /** Runs {@code period} here and now, to the end; answers the finished run. */
  public InvoiceRun runNow(YearMonth period, Trigger trigger) {
    check(period);
    return execute(begin(period, trigger));
  }

  public InvoiceRun get(UUID id) {
    return tx.execute(s -> store.find(id))
        .orElseThrow(() -> AtriumException.notFound("Invoice run", id));
  }

  public List<InvoiceRun> recent(int limit) {
    return tx.execute(s -> store.recent(limit));
  }

  /** Whether a run of {@code period} finished. */
  public boolean done(YearMonth period) {
    return Boolean.TRUE.equals(tx.execute(s -> store.done(period)));
  }

  /** Whether a run of {@code period} is working now (here or on another node): not crashed. */
  public boolean running(YearMonth period) {
    Instant since = clock.instant().minus(STALE);
    return Boolean.TRUE.equals(tx.execute(s -> store.running(period, since)));
  }

  /** The billing time zone: where periods begin and end. */
  public ZoneId zone() {
    return ZoneId.of(tx.execute(s -> settings.profile()).timeZone());
  }

  private void check(YearMonth period) {
    if (period == null) throw AtriumException.invalid("period", "give a month, e.g. 2027-02");
    YearMonth now = YearMonth.from(clock.instant().atZone(zone()));
    if (period.isAfter(now)) {
      throw AtriumException.invalid(
          "period", "is after the current month " + now + ": a month is invoiced from its 1st");
    }
    if (period.isBefore(now.minusMonths(12))) {
      throw AtriumException.invalid("period", "is more than a year ago");
    }
  }

  private InvoiceRun begin(YearMonth period, Trigger trigger) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    UUID by = TenantContext.currentUser().map(AtriumUser::accountId).orElse(null);
    tx.executeWithoutResult(
        s -> {
          store.interruptStale(period, now.minus(STALE), now);
          store.insert(id, period, trigger, by, now);
        });
    return get(id);
  }

  // --- the run ------------------------------------------------------------------------------

  /** Who a batch bills: a payer and the members whose fees and bookings go to it. */
  record PayerGroup(Payer payer, String name, List<Member> members) {}

  private InvoiceRun execute(InvoiceRun run) {
    try {
      List<PayerGroup> groups = tx.execute(s -> payers());
      tx.executeWithoutResult(s -> store.payers(run.id(), groups.size(), clock.instant()));
      Context ctx = tx.execute(s -> context(run.period()));
      // Batches are taken in order by a few workers: while one issues (holding the numbering
      // counter until it commits), the next already reads and writes its drafts.
      UUID tenant = TenantContext.requireTenantId();
      java.util.concurrent.atomic.AtomicInteger next =
          new java.util.concurrent.atomic.AtomicInteger();
      int workers = Math.max(1, Math.min(props.workers(), groups.size() / props.batchSize() + 1));
      List<java.util.concurrent.Future<?>> running = new ArrayList<>();
      // The issued invoices' notices wait in the outbox until the run is done (see hold()).
      try (var held = notices.hold();
          var pool = java.util.concurrent.Executors.newFixedThreadPool(workers)) {
        for (int w = 0; w < workers; w++) {
          running.add(
              pool.submit(
                  () -> {
                    TenantContext.runChecked(
                        tenant,
                        () -> {
                          int from;
                          while ((from = next.getAndAdd(props.batchSize())) < groups.size()) {
                            batch(
                                run,
                                groups.subList(
                                    from, Math.min(groups.size(), from + props.batchSize())),
                                ctx);
                            if (!props.batchPause().isZero()) Thread.sleep(props.batchPause());
                          }
                        });
                    return null;
                  }));
        }
        for (var f : running) {
          try {
            f.get();
          } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                ? r
                : new IllegalStateException(e.getCause());
          }
        }
      }
      tx.executeWithoutResult(s -> store.finish(run.id(), Status.DONE, null, clock.instant()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      tx.executeWithoutResult(
          s -> store.finish(run.id(), Status.INTERRUPTED, "interrupted", clock.instant()));
    } catch (RuntimeException e) {
      log.warn("Invoice run {} of {} failed", run.id(), run.period(), e);
      tx.executeWithoutResult(
          s -> store.finish(run.id(), Status.FAILED, e.toString(), clock.instant()));
    }
    return get(run.id());
  }

  /** Payers in the order of their ids, each with its members. */
  private List<PayerGroup> payers() {
    Map<UUID, Company> byId = new HashMap<>();
    for (Company c : companies.list(null)) byId.put(c.id(), c);
    Map<Payer, PayerGroup> groups = new HashMap<>();
    for (Member m : members.all()) {
      Payer payer = payerOf(m);
      String name =
          payer.type() == Payer.PayerType.COMPANY
              ? Optional.ofNullable(byId.get(payer.id())).map(Company::name).orElse("")
              : m.fullName();
      groups
          .computeIfAbsent(payer, p -> new PayerGroup(p, name, new ArrayList<>()))
          .members()
          .add(m);
    }
    List<PayerGroup> out = new ArrayList<>(groups.values());
    out.sort(Comparator.comparing(g -> g.payer().id()));
    return out;
  }

  private static Payer payerOf(Member m) {
    return m.billedToCompany() && m.companyId() != null
        ? Payer.company(m.companyId())
        : Payer.member(m.id());
  }

  /**
   * What every batch of a run uses: the period, the currency, the words, and which earlier months a
   * run invoiced (a membership begun after such a run has that month's fee still to pay).
   */
  record Context(
      YearMonth period, Currency currency, Labels labels, Set<YearMonth> invoicedMonths) {}

  private Context context(YearMonth period) {
    var tenant = tenants.current();
    Locale locale = Locale.of(tenant.locale());
    Labels labels =
        new Labels() {
          @Override
          public String text(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
          }

          @Override
          public String month(YearMonth month) {
            return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
          }

          @Override
          public String monthYear(YearMonth month) {
            return month(month) + " " + month.getYear();
          }
        };
    Set<YearMonth> invoiced = new HashSet<>();
    for (YearMonth m : earlier(period)) if (store.done(m)) invoiced.add(m);
    return new Context(period, Currency.getInstance(tenant.currency()), labels, invoiced);
  }

  /** The months before {@code period} whose fees and usage a run still looks at. */
  private List<YearMonth> earlier(YearMonth period) {
    List<YearMonth> out = new ArrayList<>();
    for (int i = 1; i <= Math.max(1, props.lateMonths()); i++) out.add(period.minusMonths(i));
    return out;
  }

  /**
   * One batch in one transaction; when it fails, its payers one by one, so one bad payer fails
   * alone.
   */
  private void batch(InvoiceRun run, List<PayerGroup> batch, Context ctx) {
    try {
      tx.executeWithoutResult(s -> issue(run, batch, ctx));
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        log.warn("Invoice run {}: payer {} failed", run.id(), batch.getFirst().payer(), e);
        tx.executeWithoutResult(
            s -> store.progress(run.id(), 1, 0, 0, 1, BigDecimal.ZERO, clock.instant()));
        return;
      }
      for (PayerGroup g : batch) batch(run, List.of(g), ctx);
    }
  }

  private void issue(InvoiceRun run, List<PayerGroup> batch, Context ctx) {
    Set<UUID> done =
        store.issuedPayers(ctx.period(), batch.stream().map(g -> g.payer().id()).toList());
    List<PayerGroup> todo = batch.stream().filter(g -> !done.contains(g.payer().id())).toList();
    long t0 = System.nanoTime();
    Map<Payer, List<PlannedLine>> planned = plan(todo, ctx);
    long t1 = System.nanoTime();
    List<InvoiceDraft> drafts = new ArrayList<>();
    List<List<PlannedLine>> lines = new ArrayList<>();
    for (PayerGroup g : todo) {
      List<PlannedLine> ls = planned.getOrDefault(g.payer(), List.of());
      if (ls.isEmpty()) continue;
      drafts.add(
          InvoiceDraft.regular(
              g.payer(), ctx.period(), ls.stream().map(PlannedLine::line).toList()));
      lines.add(ls);
    }
    List<Issued> issued = drafts.isEmpty() ? List.of() : invoicing.issueAll(drafts);
    List<Link> links = new ArrayList<>();
    int created = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < issued.size(); i++) {
      Issued is = issued.get(i);
      if (!is.created()) continue;
      created++;
      total = total.add(is.invoice().total());
      List<PlannedLine> ls = lines.get(i);
      for (int n = 0; n < ls.size(); n++) {
        PlannedLine l = ls.get(n);
        for (UUID source : l.sources()) {
          links.add(new Link(is.invoice().id(), n + 1, l.sourceType(), source));
        }
      }
    }
    long t2 = System.nanoTime();
    store.insertLinks(links);
    Map<UUID, UUID> billedCharges = new HashMap<>();
    for (Link l : links) {
      if (l.sourceType().equals(InvoiceLines.PENDING_CHARGE)) {
        billedCharges.put(l.sourceId(), l.invoiceId());
      }
    }
    if (pending.billed(billedCharges) != billedCharges.size()) {
      throw new IllegalStateException("a charge of the batch was cancelled or billed meanwhile");
    }
    log.debug(
        "Invoice run {}: {} payers, planned in {} ms, issued {} in {} ms",
        run.id(),
        batch.size(),
        (t1 - t0) / 1_000_000,
        drafts.size(),
        (t2 - t1) / 1_000_000);
    store.progress(
        run.id(), batch.size(), created, batch.size() - created, 0, total, clock.instant());
  }

  /**
   * The lines of each payer of {@code groups}: one read per module and month for all of them, then
   * the pure rules of {@link InvoiceLines}.
   */
  private Map<Payer, List<PlannedLine>> plan(List<PayerGroup> groups, Context ctx) {
    Map<Payer, List<PlannedLine>> out = new LinkedHashMap<>();
    if (groups.isEmpty()) return out;
    YearMonth period = ctx.period();
    YearMonth arrears = period.minusMonths(1);
    Map<UUID, Payer> payerOfMember = new HashMap<>();
    Map<UUID, String> names = new HashMap<>();
    Set<Payer> payers = new HashSet<>();
    for (PayerGroup g : groups) {
      payers.add(g.payer());
      for (Member m : g.members()) {
        payerOfMember.put(m.id(), g.payer());
        names.put(m.id(), m.fullName());
      }
    }
    List<UUID> memberIds = new ArrayList<>(payerOfMember.keySet());
    List<YearMonth> earlier = earlier(period);
    List<YearMonth> feeMonths = new ArrayList<>(earlier);
    feeMonths.add(period);
    Map<String, BigDecimal> invoiced = new HashMap<>();
    // Whoever paid (her own invoice, or her company's): a member billed to a company now may have
    // paid herself before.
    Set<UUID> payerIds = new HashSet<>(memberIds);
    for (Payer p : payers) payerIds.add(p.id());
    for (Invoiced inv : store.invoicedFees(payerIds, feeMonths)) {
      invoiced.put(inv.membershipId() + "/" + inv.month(), inv.amount());
    }
    // The period's fees, but for a membership invoiced for it already (by a one-off invoice).
    Map<Payer, List<MonthFee>> fees = new HashMap<>();
    for (MonthFee f : memberships.fees(memberIds, period)) {
      if (invoiced.containsKey(f.membershipId() + "/" + period)) continue;
      fees.computeIfAbsent(payerOfMember.get(f.memberId()), k -> new ArrayList<>()).add(f);
    }
    // Months invoiced already whose fees changed since (a freeze added afterwards), and months a
    // run invoiced before the membership began: their fees in full.
    Map<Payer, List<FeeAdjustment>> adjustments = new HashMap<>();
    Map<Payer, List<MonthFee>> lateFees = new HashMap<>();
    if (!invoiced.isEmpty() || !ctx.invoicedMonths().isEmpty()) {
      for (YearMonth month : earlier) {
        for (MonthFee f : memberships.fees(memberIds, month)) {
          BigDecimal was = invoiced.get(f.membershipId() + "/" + month);
          if (was == null) {
            if (ctx.invoicedMonths().contains(month) && chargesFee(f)) {
              lateFees
                  .computeIfAbsent(payerOfMember.get(f.memberId()), k -> new ArrayList<>())
                  .add(f);
            }
            continue;
          }
          BigDecimal now = BigDecimal.ZERO;
          String plan = "";
          for (FeeLine l : f.fee().lines()) {
            if (l.kind() == FeeLine.Kind.DAY_PASS) continue;
            now = now.add(l.amount().amount());
            if (plan.isEmpty() && l.kind() == FeeLine.Kind.MEMBERSHIP) plan = l.label();
          }
          adjustments
              .computeIfAbsent(payerOfMember.get(f.memberId()), k -> new ArrayList<>())
              .add(new FeeAdjustment(f.membershipId(), f.memberId(), plan, month, was, now));
        }
      }
    }
    // Usage in arrears, and late usage of the months before.
    List<YearMonth> usageMonths = new ArrayList<>();
    for (int i = 1; i <= 1 + props.lateMonths(); i++) usageMonths.add(period.minusMonths(i));
    List<MonthCharge> charges = new ArrayList<>();
    List<UsageLine> used = new ArrayList<>();
    for (YearMonth month : usageMonths) {
      for (BookingCharge c : bookings.charges(memberIds, month)) {
        if (c.amount() != null && c.amount().signum() > 0) charges.add(new MonthCharge(month, c));
      }
      for (UsageLine u : usages.lines(memberIds, month)) {
        used.add(u);
      }
    }
    Set<UUID> billedBookings =
        invoicing.invoicedSources(
            InvoiceLines.BOOKING, charges.stream().map(c -> c.charge().bookingId()).toList());
    Set<UUID> billedUsage =
        invoicing.invoicedSources(
            InvoiceLines.SERVICE_USAGE, used.stream().map(UsageLine::id).toList());
    Map<Payer, List<MonthCharge>> chargesOf = new HashMap<>();
    for (MonthCharge c : charges) {
      if (billedBookings.contains(c.charge().bookingId())) continue;
      Payer p = payerOfMember.get(c.charge().memberId());
      if (p != null) chargesOf.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
    }
    Map<Payer, List<DayPassSale>> passesOf = new HashMap<>();
    List<DayPassSale> passes =
        memberships.dayPasses(
            memberIds, usageMonths.getLast().atDay(1), usageMonths.getFirst().atEndOfMonth());
    Set<UUID> billedPasses =
        passes.isEmpty()
            ? Set.of()
            : invoicing.invoicedSources(
                InvoiceLines.DAY_PASS, passes.stream().map(DayPassSale::membershipId).toList());
    for (DayPassSale d : passes) {
      if (billedPasses.contains(d.membershipId())) continue;
      passesOf.computeIfAbsent(payerOfMember.get(d.memberId()), k -> new ArrayList<>()).add(d);
    }
    Map<Payer, List<PendingCharge>> pendingOf = new HashMap<>();
    List<UUID> companyIds =
        payers.stream().filter(p -> p.type() == Payer.PayerType.COMPANY).map(Payer::id).toList();
    for (PendingCharge c : pending.open(memberIds, companyIds, period)) {
      Payer p =
          c.companyId() != null ? Payer.company(c.companyId()) : payerOfMember.get(c.memberId());
      if (p != null) pendingOf.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
    }
    Map<Payer, List<UsageLine>> usageOf = new HashMap<>();
    for (UsageLine u : used) {
      if (billedUsage.contains(u.id())) continue;
      Payer p =
          u.payerCompanyId() != null
              ? Payer.company(u.payerCompanyId())
              : Payer.member(u.memberId());
      // Usage whose payer is not billed in this batch waits for it (see the README of the run).
      if (payers.contains(p)) usageOf.computeIfAbsent(p, k -> new ArrayList<>()).add(u);
    }
    for (PayerGroup g : groups) {
      Payer p = g.payer();
      Map<UUID, String> who = new HashMap<>();
      if (p.type() == Payer.PayerType.COMPANY) {
        for (Member m : g.members()) who.put(m.id(), names.get(m.id()));
        for (UsageLine u : usageOf.getOrDefault(p, List.of()))
          who.putIfAbsent(u.memberId(), names.getOrDefault(u.memberId(), ""));
      }
      PayerMonth pm =
          new PayerMonth(
              p,
              period,
              who,
              fees.getOrDefault(p, List.of()),
              adjustments.getOrDefault(p, List.of()),
              chargesOf.getOrDefault(p, List.of()),
              usageOf.getOrDefault(p, List.of()),
              lateFees.getOrDefault(p, List.of()),
              passesOf.getOrDefault(p, List.of()),
              pendingOf.getOrDefault(p, List.of()));
      out.put(p, InvoiceLines.of(pm, ctx.labels(), ctx.currency()));
    }
    return out;
  }

  /** Whether a fee charges anything beyond day passes (a day pass is billed on its own). */
  private static boolean chargesFee(MonthFee f) {
    for (FeeLine l : f.fee().lines()) {
      if (l.kind() != FeeLine.Kind.DAY_PASS && l.amount().amount().signum() != 0) return true;
    }
    return false;
  }

  // --- preview ------------------------------------------------------------------------------

  /** A payer's invoice as the run would issue it now. */
  public record PayerPreview(
      Payer payer, String name, boolean invoiced, List<DraftLine> lines, BigDecimal subtotal) {}

  /** The preview of a page of payers. */
  public record Preview(YearMonth period, int payers, int offset, List<PayerPreview> items) {}

  /**
   * What the run of {@code period} would issue for the payers {@code offset..offset+limit} (in the
   * order of the run), without issuing anything; payers invoiced already show no lines.
   */
  public Preview preview(YearMonth period, int limit, int offset) {
    check(period);
    if (limit < 1 || limit > 200) throw AtriumException.invalid("limit", "must be 1 to 200");
    if (offset < 0) throw AtriumException.invalid("offset", "must not be negative");
    return tx.execute(
        s -> {
          s.setRollbackOnly();
          List<PayerGroup> groups = payers();
          List<PayerGroup> page =
              groups.subList(
                  Math.min(offset, groups.size()), Math.min(groups.size(), offset + limit));
          Context ctx = context(period);
          Set<UUID> done =
              store.issuedPayers(period, page.stream().map(g -> g.payer().id()).toList());
          Map<Payer, List<PlannedLine>> planned =
              plan(page.stream().filter(g -> !done.contains(g.payer().id())).toList(), ctx);
          List<PayerPreview> items = new ArrayList<>();
          for (PayerGroup g : page) {
            List<PlannedLine> ls = planned.getOrDefault(g.payer(), List.of());
            items.add(
                new PayerPreview(
                    g.payer(),
                    g.name(),
                    done.contains(g.payer().id()),
                    ls.stream().map(PlannedLine::line).toList(),
                    InvoiceLines.sum(ls)));
          }
          return new Preview(period, groups.size(), offset, items);
        });
  }
}
