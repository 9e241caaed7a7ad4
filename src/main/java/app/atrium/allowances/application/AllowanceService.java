package app.atrium.allowances.application;

import app.atrium.allowances.Allowances;
import app.atrium.allowances.Balance;
import app.atrium.allowances.LedgerEntry;
import app.atrium.allowances.UsageSource;
import app.atrium.allowances.Use;
import app.atrium.members.Member;
import app.atrium.members.MemberQuery;
import app.atrium.members.MemberStatus;
import app.atrium.members.Members;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.AllowancePool;
import app.atrium.plans.Entitlement;
import app.atrium.plans.Membership;
import app.atrium.plans.MembershipStatus;
import app.atrium.plans.Memberships;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allowance ledger. A balance row is created the first time a period's balance is written, with
 * the grant computed from the holder's memberships as an entry; reads before that show the grant
 * without writing it. Every write locks the balance row first and decides under the lock.
 */
@Service
class AllowanceService implements Allowances {

  private static final String ACCOUNT_COLUMNS =
      "id, kind, period, granted, used, member_id, company_id";

  private final JdbcClient db;
  private final Memberships memberships;
  private final Members members;
  private final Locations locations;
  private final Clock clock;

  AllowanceService(
      JdbcClient db, Memberships memberships, Members members, Locations locations, Clock clock) {
    this.db = db;
    this.memberships = memberships;
    this.members = members;
    this.locations = locations;
    this.clock = clock;
  }

  @Override
  @Transactional
  public Use use(
      UUID memberId,
      AllowanceKind kind,
      BigDecimal quantity,
      Instant at,
      UsageSource source,
      UUID sourceId) {
    checkQuantity(quantity);
    if (sourceId == null) throw new IllegalArgumentException("an allowance use names its source");
    Optional<Holder> holder = holder(memberId, kind, at);
    if (holder.isEmpty()) return Use.none(quantity);
    Balance balance = lock(holder.get());
    // Decided under the lock: a concurrent use of the same source has committed or not started.
    Optional<Taking> open = openTaking(source, sourceId);
    if (open.isPresent()) {
      BigDecimal took = open.get().used();
      return new Use(quantity, took, quantity.subtract(took).max(BigDecimal.ZERO), balance);
    }
    BigDecimal take = balance.unlimited() ? quantity : quantity.min(balance.left());
    if (take.signum() > 0) {
      insertEntry(
          balance.accountId(),
          "USE",
          BigDecimal.ZERO,
          take,
          source,
          sourceId,
          nextGeneration(source, sourceId),
          memberId,
          "");
      balance = account(balance.accountId());
    }
    return new Use(quantity, take, quantity.subtract(take), balance);
  }

  @Override
  @Transactional(readOnly = true)
  public Use preview(UUID memberId, AllowanceKind kind, BigDecimal quantity, Instant at) {
    checkQuantity(quantity);
    Optional<Holder> holder = holder(memberId, kind, at);
    if (holder.isEmpty()) return Use.none(quantity);
    Balance balance = current(holder.get());
    BigDecimal take = balance.unlimited() ? quantity : quantity.min(balance.left());
    return new Use(quantity, take, quantity.subtract(take), balance);
  }

  @Override
  @Transactional
  public BigDecimal giveBack(UsageSource source, UUID sourceId, String reason) {
    Optional<Taking> open = openTaking(source, sourceId);
    if (open.isEmpty()) return BigDecimal.ZERO;
    lockAccount(open.get().accountId());
    // Again under the lock: a concurrent give-back of the same taking has committed by now.
    open = openTaking(source, sourceId);
    if (open.isEmpty()) return BigDecimal.ZERO;
    Taking t = open.get();
    insertEntry(
        t.accountId(),
        "GIVE_BACK",
        BigDecimal.ZERO,
        t.used().negate(),
        source,
        sourceId,
        t.generation(),
        t.memberId(),
        reason == null ? "" : reason);
    return t.used();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Balance> balances(UUID memberId, YearMonth period) {
    Member member = members.get(memberId);
    List<Balance> result = new ArrayList<>();
    for (AllowanceKind kind : AllowanceKind.values()) {
      holderIn(member, kind, period).map(this::current).ifPresent(result::add);
    }
    return result;
  }

  @Override
  @Transactional
  public LedgerEntry adjust(
      UUID memberId, AllowanceKind kind, YearMonth period, BigDecimal delta, String reason) {
    if (delta == null || delta.signum() == 0) {
      throw AtriumException.invalid("delta", "give a positive amount to grant or a negative one");
    }
    if (delta.scale() > 2 || delta.abs().compareTo(BigDecimal.valueOf(100000)) > 0) {
      throw AtriumException.invalid("delta", "at most 100 000, with at most 2 decimals");
    }
    if (kind.wholeUnits() && delta.stripTrailingZeros().scale() > 0) {
      throw AtriumException.invalid("delta", kind + " is counted in whole units");
    }
    if (reason == null || reason.isBlank()) {
      throw AtriumException.invalid("reason", "say why the balance is corrected");
    }
    if (reason.length() > 500) throw AtriumException.invalid("reason", "at most 500 characters");
    Member member = members.get(memberId);
    Holder holder =
        holderIn(member, kind, period)
            .orElseGet(() -> new Holder(memberId, null, kind, period, memberId));
    Balance balance = lock(holder);
    if (balance.unlimited()) {
      throw AtriumException.invalid("kind", kind + " is unlimited on this plan; nothing to adjust");
    }
    if (balance.granted().add(delta).compareTo(balance.used()) < 0) {
      throw AtriumException.invalid(
          "delta",
          "only "
              + balance.left().stripTrailingZeros().toPlainString()
              + " is left to take back; what is used stays used");
    }
    UUID id =
        insertEntry(
            balance.accountId(),
            "ADJUST",
            delta,
            BigDecimal.ZERO,
            UsageSource.ADJUSTMENT,
            null,
            0,
            memberId,
            reason.trim());
    return entries("e.id = ?", id).getFirst();
  }

  @Override
  @Transactional(readOnly = true)
  public List<LedgerEntry> ledger(UUID memberId, YearMonth period) {
    Member member = members.get(memberId);
    return entries(
        "a.period = ? AND (a.member_id = ? OR a.company_id = CAST(? AS uuid))",
        period.atDay(1),
        memberId,
        member.companyId());
  }

  /**
   * Re-grants the balances of {@code memberId} (and of her company's pool) from the month of {@code
   * from} on, after her memberships changed: the grant entries are brought to what the memberships
   * grant now, never below what is used.
   */
  @Transactional
  public void regrant(UUID memberId, LocalDate from) {
    Member member = members.get(memberId);
    YearMonth first = YearMonth.from(from);
    List<Balance> written =
        db.sql(
                "SELECT "
                    + ACCOUNT_COLUMNS
                    + " FROM allowance_account WHERE period >= ?"
                    + " AND (member_id = ? OR company_id = CAST(? AS uuid))"
                    + " ORDER BY period, kind FOR UPDATE")
            .params(first.atDay(1), memberId, member.companyId())
            .query(AllowanceService::balanceRow)
            .list();
    for (Balance b : written) {
      if (b.unlimited()) continue;
      Holder holder = new Holder(b.memberId(), b.companyId(), b.kind(), b.period(), memberId);
      Grant now = grant(holder);
      if (now.quantity() == null) continue;
      BigDecimal granted =
          db.sql(
                  "SELECT coalesce(sum(granted), 0) FROM allowance_entry"
                      + " WHERE account_id = ? AND entry = 'GRANT'")
              .param(b.accountId())
              .query(BigDecimal.class)
              .single();
      BigDecimal delta = now.quantity().subtract(granted);
      // What was used stays used: the balance never drops below it.
      delta = delta.max(b.used().subtract(b.granted()));
      if (delta.signum() != 0) {
        insertEntry(
            b.accountId(),
            "GRANT",
            delta,
            BigDecimal.ZERO,
            UsageSource.MEMBERSHIP,
            null,
            0,
            memberId,
            "membership changed");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Whose balance a use by {@code memberId} of {@code kind} at {@code at} draws on, if any. */
  private Optional<Holder> holder(UUID memberId, AllowanceKind kind, Instant at) {
    Member member = members.find(memberId).orElse(null);
    if (member == null) return Optional.empty();
    Map<UUID, ZoneId> zones = zones();
    for (Membership m : runningMemberships(memberId)) {
      LocalDate day = LocalDate.ofInstant(at, zones.getOrDefault(m.locationId(), ZoneOffset.UTC));
      if (!m.runsOn(day)) continue;
      Entitlement e = memberships.entitlement(m.id(), YearMonth.from(day));
      if (e.includes(kind)) return Optional.of(holderOf(member, e, kind));
    }
    return Optional.empty();
  }

  /**
   * Whose balance of {@code kind} the member has in {@code period}, if her memberships grant it.
   */
  private Optional<Holder> holderIn(Member member, AllowanceKind kind, YearMonth period) {
    for (Membership m : runningMemberships(member.id())) {
      Entitlement e = memberships.entitlement(m.id(), period);
      if (e.includes(kind)) return Optional.of(holderOf(member, e, kind));
    }
    return Optional.empty();
  }

  private static Holder holderOf(Member member, Entitlement e, AllowanceKind kind) {
    boolean pooled = e.pool() == AllowancePool.COMPANY && member.companyId() != null;
    return pooled
        ? new Holder(null, member.companyId(), kind, e.period(), member.id())
        : new Holder(member.id(), null, kind, e.period(), member.id());
  }

  private List<Membership> runningMemberships(UUID memberId) {
    return memberships.list(memberId, null).stream()
        .filter(m -> m.status() == MembershipStatus.ACTIVE)
        .sorted(Comparator.comparing(Membership::startsOn))
        .toList();
  }

  private Map<UUID, ZoneId> zones() {
    Map<UUID, ZoneId> zones = new java.util.HashMap<>();
    for (Location l : locations.list()) zones.put(l.id(), ZoneId.of(l.timeZone()));
    return zones;
  }

  /**
   * What the holder's memberships grant of its kind for its period: the sum of their entitlements
   * (unlimited when any is), plus what is left of the previous period when a plan rolls over.
   */
  private Grant grant(Holder h) {
    List<UUID> people =
        h.companyId() == null
            ? List.of(h.memberId())
            : members
                .search(
                    new MemberQuery(
                        null, h.companyId(), null, MemberStatus.ACTIVE, MemberQuery.MAX_LIMIT, 0))
                .items()
                .stream()
                .map(Member::id)
                .toList();
    BigDecimal total = BigDecimal.ZERO;
    boolean any = false;
    boolean rollover = false;
    UUID source = null;
    for (UUID person : people) {
      boolean inCompany =
          h.companyId() != null
              || members.find(person).map(m -> m.companyId() != null).orElse(false);
      for (Membership m : runningMemberships(person)) {
        Entitlement e = memberships.entitlement(m.id(), h.period());
        if (!e.includes(h.kind())) continue;
        // A company's pool takes its people's pooled plans; a member's own balance the rest.
        boolean pooled = e.pool() == AllowancePool.COMPANY && inCompany;
        if (pooled != (h.companyId() != null)) continue;
        any = true;
        if (source == null) source = m.id();
        BigDecimal q = e.quantities().get(h.kind());
        if (q == null) return new Grant(null, m.id());
        total = total.add(q);
        rollover |= e.rollover();
      }
    }
    if (!any) return new Grant(BigDecimal.ZERO, null);
    if (rollover) {
      total = total.add(leftOver(h));
    }
    return new Grant(total, source);
  }

  private BigDecimal leftOver(Holder h) {
    return db.sql(
            "SELECT coalesce(sum(granted - used), 0) FROM allowance_account WHERE kind = ?"
                + " AND period = ? AND granted IS NOT NULL"
                + " AND (member_id = CAST(? AS uuid) OR company_id = CAST(? AS uuid))")
        .params(h.kind().name(), h.period().minusMonths(1).atDay(1), h.memberId(), h.companyId())
        .query(BigDecimal.class)
        .single();
  }

  /** The holder's balance as it stands, or as it would be first written. */
  private Balance current(Holder h) {
    Optional<Balance> written = find(h);
    if (written.isPresent()) return written.get();
    Grant g = grant(h);
    return new Balance(
        null, h.kind(), h.period(), g.quantity(), BigDecimal.ZERO, h.memberId(), h.companyId());
  }

  /** Locks the holder's balance row, creating it with its grant the first time. */
  private Balance lock(Holder h) {
    Optional<Balance> existing = findForUpdate(h);
    if (existing.isPresent()) return existing.get();
    Grant g = grant(h);
    UUID id = UUID.randomUUID();
    String conflict =
        h.companyId() == null
            ? "(tenant_id, member_id, kind, period) WHERE member_id IS NOT NULL"
            : "(tenant_id, company_id, kind, period) WHERE company_id IS NOT NULL";
    int inserted =
        db.sql(
                "INSERT INTO allowance_account (tenant_id, id, kind, period, member_id, company_id,"
                    + " granted, used, updated_at) VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?,"
                    + " ?, 0, ?) ON CONFLICT "
                    + conflict
                    + " DO NOTHING")
            .params(
                id,
                h.kind().name(),
                h.period().atDay(1),
                h.memberId(),
                h.companyId(),
                g.quantity() == null ? null : BigDecimal.ZERO,
                now())
            .update();
    if (inserted == 1 && g.quantity() != null && g.quantity().signum() > 0) {
      insertEntry(
          id,
          "GRANT",
          g.quantity(),
          BigDecimal.ZERO,
          UsageSource.MEMBERSHIP,
          g.membershipId(),
          0,
          h.memberId(),
          "");
    }
    return findForUpdate(h).orElseThrow();
  }

  private Optional<Balance> find(Holder h) {
    return accountQuery(h, "");
  }

  private Optional<Balance> findForUpdate(Holder h) {
    return accountQuery(h, " FOR UPDATE");
  }

  private Optional<Balance> accountQuery(Holder h, String suffix) {
    String who = h.companyId() == null ? "member_id = ?" : "company_id = ?";
    return db.sql(
            "SELECT "
                + ACCOUNT_COLUMNS
                + " FROM allowance_account WHERE "
                + who
                + " AND kind = ? AND period = ?"
                + suffix)
        .params(
            h.companyId() == null ? h.memberId() : h.companyId(),
            h.kind().name(),
            h.period().atDay(1))
        .query(AllowanceService::balanceRow)
        .optional();
  }

  private void lockAccount(UUID accountId) {
    db.sql("SELECT id FROM allowance_account WHERE id = ? FOR UPDATE")
        .param(accountId)
        .query(UUID.class)
        .single();
  }

  private Balance account(UUID accountId) {
    return db.sql("SELECT " + ACCOUNT_COLUMNS + " FROM allowance_account WHERE id = ?")
        .param(accountId)
        .query(AllowanceService::balanceRow)
        .single();
  }

  /** The latest use of the source that has not been given back. */
  private Optional<Taking> openTaking(UsageSource source, UUID sourceId) {
    return db.sql(
            "SELECT u.account_id, u.used, u.generation, u.member_id FROM allowance_entry u"
                + " WHERE u.source = ? AND u.source_id = ? AND u.entry = 'USE'"
                + " AND NOT EXISTS (SELECT 1 FROM allowance_entry g WHERE g.source = u.source"
                + " AND g.source_id = u.source_id AND g.generation = u.generation"
                + " AND g.entry = 'GIVE_BACK') ORDER BY u.generation DESC LIMIT 1")
        .params(source.name(), sourceId)
        .query(
            (rs, i) ->
                new Taking(
                    rs.getObject(1, UUID.class),
                    rs.getBigDecimal(2),
                    rs.getInt(3),
                    rs.getObject(4, UUID.class)))
        .optional();
  }

  private int nextGeneration(UsageSource source, UUID sourceId) {
    return db.sql(
            "SELECT coalesce(max(generation) + 1, 0) FROM allowance_entry"
                + " WHERE source = ? AND source_id = ? AND entry = 'USE'")
        .params(source.name(), sourceId)
        .query(Integer.class)
        .single();
  }

  private UUID insertEntry(
      UUID accountId,
      String entry,
      BigDecimal granted,
      BigDecimal used,
      UsageSource source,
      UUID sourceId,
      int generation,
      UUID memberId,
      String reason) {
    UUID id = UUID.randomUUID();
    UUID actor = TenantContext.currentUser().map(u -> u.accountId()).orElse(null);
    db.sql(
            "INSERT INTO allowance_entry (tenant_id, id, account_id, entry, granted, used, source,"
                + " source_id, generation, member_id, reason, created_by, created_at)"
                + " VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            accountId,
            entry,
            granted,
            used,
            source.name(),
            sourceId,
            generation,
            memberId,
            reason,
            actor,
            now())
        .update();
    return id;
  }

  private List<LedgerEntry> entries(String condition, Object... params) {
    return db.sql(
            "SELECT e.id, e.account_id, a.kind, a.period, e.entry, e.granted, e.used, e.source,"
                + " e.source_id, e.reason, e.created_at FROM allowance_entry e"
                + " JOIN allowance_account a ON a.tenant_id = e.tenant_id AND a.id = e.account_id"
                + " WHERE "
                + condition
                + " ORDER BY e.seq")
        .params(params)
        .query(
            (rs, i) ->
                new LedgerEntry(
                    rs.getObject("id", UUID.class),
                    rs.getObject("account_id", UUID.class),
                    AllowanceKind.valueOf(rs.getString("kind")),
                    YearMonth.from(rs.getObject("period", LocalDate.class)),
                    rs.getString("entry"),
                    rs.getBigDecimal("granted"),
                    rs.getBigDecimal("used"),
                    UsageSource.valueOf(rs.getString("source")),
                    rs.getObject("source_id", UUID.class),
                    rs.getString("reason"),
                    rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
        .list();
  }

  private java.time.OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static void checkQuantity(BigDecimal quantity) {
    if (quantity == null || quantity.signum() <= 0) {
      throw AtriumException.invalid("quantity", "must be greater than 0");
    }
  }

  private static Balance balanceRow(ResultSet rs, int i) throws SQLException {
    return new Balance(
        rs.getObject("id", UUID.class),
        AllowanceKind.valueOf(rs.getString("kind")),
        YearMonth.from(rs.getObject("period", LocalDate.class)),
        rs.getBigDecimal("granted"),
        rs.getBigDecimal("used"),
        rs.getObject("member_id", UUID.class),
        rs.getObject("company_id", UUID.class));
  }

  /** A balance's owner: a member, or a company's pool (then {@code user} is who uses it). */
  private record Holder(
      UUID memberId, UUID companyId, AllowanceKind kind, YearMonth period, UUID user) {}

  private record Grant(BigDecimal quantity, UUID membershipId) {}

  private record Taking(UUID accountId, BigDecimal used, int generation, UUID memberId) {}
}
