package app.atrium.plans;

import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' memberships of the current tenant. */
@Service
public class Memberships {

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final String COLUMNS =
      "id, member_id, plan_id, location_id, starts_on, ends_on, status, created_at";

  private final JdbcClient db;
  private final Plans plans;
  private final Locations locations;
  private final Clock clock;

  Memberships(JdbcClient db, Plans plans, Locations locations, Clock clock) {
    this.db = db;
    this.plans = plans;
    this.locations = locations;
    this.clock = clock;
  }

  /**
   * Puts a member on a plan from {@code startsOn}. A day pass ends the day it starts; a monthly
   * plan runs until ended. The member is known by id only and must exist in this tenant.
   */
  @Transactional
  public Membership start(MembershipDraft draft) {
    if (draft.startsOn().isBefore(EARLIEST) || draft.startsOn().isAfter(LATEST)) {
      throw AtriumException.invalid("startsOn", "must be between 2000-01-01 and 2100-12-31");
    }
    Plan plan =
        plans
            .find(draft.planId())
            .orElseThrow(() -> AtriumException.invalid("planId", "no such plan"));
    if (!plan.active()) {
      throw AtriumException.invalid(
          "planId", "the plan '" + plan.name() + "' is archived; choose an active plan");
    }
    if (locations.find(draft.locationId()).isEmpty()) {
      throw AtriumException.invalid("locationId", "no such location");
    }
    UUID id = UUID.randomUUID();
    LocalDate endsOn = plan.period() == PlanPeriod.DAY ? draft.startsOn() : null;
    try {
      db.sql(
              "INSERT INTO membership (tenant_id, id, member_id, plan_id, location_id, starts_on,"
                  + " ends_on, status, created_at) VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?,"
                  + " ?, 'ACTIVE', ?)")
          .param(id)
          .param(draft.memberId())
          .param(draft.planId())
          .param(draft.locationId())
          .param(draft.startsOn())
          .param(endsOn)
          .param(clock.instant().atOffset(ZoneOffset.UTC))
          .update();
    } catch (DataIntegrityViolationException e) {
      throw refusal(e);
    }
    return get(id);
  }

  @Transactional(readOnly = true)
  public Optional<Membership> find(UUID id) {
    return db.sql("SELECT " + COLUMNS + " FROM membership WHERE id = ?")
        .param(id)
        .query(Memberships::row)
        .optional();
  }

  /** The membership, or a 404 problem. */
  @Transactional(readOnly = true)
  public Membership get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Membership", id));
  }

  /** Memberships, newest first, of {@code memberId} and/or on {@code planId} (null: any). */
  @Transactional(readOnly = true)
  public List<Membership> list(UUID memberId, UUID planId) {
    return db.sql(
            "SELECT "
                + COLUMNS
                + " FROM membership WHERE (CAST(? AS uuid) IS NULL OR member_id = ?)"
                + " AND (CAST(? AS uuid) IS NULL OR plan_id = ?)"
                + " ORDER BY starts_on DESC, created_at DESC, id")
        .param(memberId)
        .param(memberId)
        .param(planId)
        .param(planId)
        .query(Memberships::row)
        .list();
  }

  /** The member's memberships that run today, "today" being the date at their home location. */
  @Transactional(readOnly = true)
  public List<Membership> activeFor(UUID memberId) {
    Map<UUID, ZoneId> zones = new HashMap<>();
    for (Location l : locations.list()) zones.put(l.id(), ZoneId.of(l.timeZone()));
    return list(memberId, null).stream()
        .filter(
            m ->
                m.runsOn(
                    LocalDate.ofInstant(
                        clock.instant(), zones.getOrDefault(m.locationId(), ZoneOffset.UTC))))
        .toList();
  }

  /** The member's memberships that run on {@code date}. */
  @Transactional(readOnly = true)
  public List<Membership> activeOn(UUID memberId, LocalDate date) {
    return list(memberId, null).stream().filter(m -> m.runsOn(date)).toList();
  }

  /**
   * What the membership grants for {@code period}: the plan's allowances prorated by the days of
   * the month it runs (start day inclusive), hours rounded down to the half hour and other kinds to
   * whole units. A membership that does not run in the period grants nothing.
   */
  @Transactional(readOnly = true)
  public Entitlement entitlement(UUID membershipId, YearMonth period) {
    Membership m = get(membershipId);
    Plan plan = plans.get(m.planId());
    Map<AllowanceKind, BigDecimal> quantities = new EnumMap<>(AllowanceKind.class);
    LocalDate first = period.atDay(1);
    LocalDate last = period.atEndOfMonth();
    LocalDate from = m.startsOn().isAfter(first) ? m.startsOn() : first;
    LocalDate to = m.endsOn() != null && m.endsOn().isBefore(last) ? m.endsOn() : last;
    if (m.status() == MembershipStatus.ACTIVE && !from.isAfter(to)) {
      long days = ChronoUnit.DAYS.between(from, to) + 1;
      for (Allowance a : plan.allowances()) {
        if (a.limitless()) {
          quantities.put(a.kind(), null);
        } else {
          BigDecimal share =
              plan.period() == PlanPeriod.DAY
                  ? a.quantity()
                  : a.quantity()
                      .multiply(BigDecimal.valueOf(days))
                      .divide(BigDecimal.valueOf(period.lengthOfMonth()), 6, RoundingMode.DOWN);
          quantities.put(a.kind(), roundDown(a.kind(), share));
        }
      }
    }
    return new Entitlement(m.id(), m.memberId(), period, quantities, AllowancePool.MEMBER, false);
  }

  /** Hours to the half hour below, everything else to the whole unit below. */
  private static BigDecimal roundDown(AllowanceKind kind, BigDecimal quantity) {
    if (kind.wholeUnits()) return quantity.setScale(0, RoundingMode.DOWN);
    return quantity
        .multiply(BigDecimal.TWO)
        .setScale(0, RoundingMode.DOWN)
        .divide(BigDecimal.TWO, 1, RoundingMode.UNNECESSARY);
  }

  /** How many memberships with status ACTIVE each plan has (plans without any are absent). */
  @Transactional(readOnly = true)
  public Map<UUID, Long> activeCountByPlan() {
    return db
        .sql("SELECT plan_id, count(*) FROM membership WHERE status = 'ACTIVE' GROUP BY plan_id")
        .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The database has the last word on ids: a foreign key refusal names the field. */
  private static RuntimeException refusal(DataIntegrityViolationException e) {
    String constraint =
        e.getMostSpecificCause() instanceof PSQLException p && p.getServerErrorMessage() != null
            ? p.getServerErrorMessage().getConstraint()
            : null;
    if (constraint == null) return e;
    return switch (constraint) {
      case "membership_member_fk" -> AtriumException.invalid("memberId", "no such member");
      case "membership_plan_fk" -> AtriumException.invalid("planId", "no such plan");
      case "membership_location_fk" -> AtriumException.invalid("locationId", "no such location");
      default -> e;
    };
  }

  private static Membership row(ResultSet rs, int i) throws SQLException {
    return new Membership(
        rs.getObject("id", UUID.class),
        rs.getObject("member_id", UUID.class),
        rs.getObject("plan_id", UUID.class),
        rs.getObject("location_id", UUID.class),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        MembershipStatus.valueOf(rs.getString("status")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
