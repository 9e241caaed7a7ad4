package app.atrium.plans.persistence;

import app.atrium.plans.MembershipStatus;
import app.atrium.plans.MembershipTerm;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code membership} and {@code membership_plan}. */
@Repository
public class MembershipStore {

  private static final String SELECT =
      """
      SELECT id, member_id, location_id, starts_on, ends_on, status, created_at, term,
             term_starts_on, prepaid, autopay, cancelled_at, workspace_resource_id,
             workspace_unit_id, workspace_from, workspace_until
        FROM membership
      """;
  private static final String ORDER = " ORDER BY starts_on DESC, created_at DESC, id";

  private final JdbcClient db;

  MembershipStore(JdbcClient db) {
    this.db = db;
  }

  public void insert(MembershipRow r) {
    db.sql(
            """
            INSERT INTO membership (tenant_id, id, member_id, location_id, starts_on, ends_on,
                   status, created_at, term, term_starts_on, prepaid, autopay,
                   workspace_resource_id, workspace_unit_id, workspace_from)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            r.id(),
            r.memberId(),
            r.locationId(),
            r.startsOn(),
            r.endsOn(),
            r.status().name(),
            utc(r.createdAt()),
            r.term().name(),
            r.termStartsOn(),
            r.prepaid(),
            r.autopay(),
            r.workspaceResourceId(),
            r.workspaceUnitId(),
            r.workspaceFrom())
        .update();
  }

  public Optional<MembershipRow> find(UUID id) {
    return db.sql(SELECT + " WHERE id = ?").param(id).query(MembershipStore::row).optional();
  }

  /** The row, locked until the transaction ends: lifecycle changes of one membership queue. */
  public Optional<MembershipRow> lock(UUID id) {
    return db.sql(SELECT + " WHERE id = ? FOR UPDATE")
        .param(id)
        .query(MembershipStore::row)
        .optional();
  }

  /** Memberships newest first, of {@code memberId} (null: all). */
  public List<MembershipRow> list(UUID memberId) {
    return db.sql(SELECT + " WHERE (CAST(? AS uuid) IS NULL OR member_id = ?)" + ORDER)
        .params(memberId, memberId)
        .query(MembershipStore::row)
        .list();
  }

  /** Fixed-term, active, not cancelled memberships whose end lies in {@code from..to}. */
  public List<MembershipRow> endingBetween(LocalDate from, LocalDate to) {
    return db.sql(
            SELECT
                + " WHERE term LIKE 'MONTHS_%' AND status = 'ACTIVE' AND cancelled_at IS NULL"
                + " AND ends_on BETWEEN ? AND ? ORDER BY ends_on, id")
        .params(from, to)
        .query(MembershipStore::row)
        .list();
  }

  /** The plan rows of {@code memberId}'s memberships (null: all), by membership, in date order. */
  public Map<UUID, List<SegmentRow>> segments(UUID memberId) {
    Map<UUID, List<SegmentRow>> out = new HashMap<>();
    db.sql(
            """
            SELECT s.membership_id, s.starts_on, s.plan_id, s.price, s.price_note,
                   p.name AS plan_name
              FROM membership_plan s JOIN membership m ON m.tenant_id = s.tenant_id
                                                    AND m.id = s.membership_id
                                     JOIN plan p ON p.tenant_id = s.tenant_id AND p.id = s.plan_id
             WHERE CAST(? AS uuid) IS NULL OR m.member_id = ?
             ORDER BY s.membership_id, s.starts_on
            """)
        .params(memberId, memberId)
        .query(MembershipStore::segment)
        .list()
        .forEach(s -> out.computeIfAbsent(s.membershipId(), k -> new ArrayList<>()).add(s));
    return out;
  }

  /**
   * The memberships of {@code memberIds} that overlap {@code first..last} (inclusive), oldest
   * first: what a billing batch reads in one query.
   */
  public List<MembershipRow> overlapping(
      java.util.Collection<UUID> memberIds, LocalDate first, LocalDate last) {
    if (memberIds.isEmpty()) return List.of();
    return db.sql(
            SELECT
                + " WHERE member_id = ANY(?) AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"
                + " ORDER BY member_id, starts_on, id")
        .params(memberIds.toArray(UUID[]::new), last, first)
        .query(MembershipStore::row)
        .list();
  }

  /**
   * The day passes (term DAY, not voided) of these members for days in {@code first..last}, with
   * the plan and agreed price of their one plan row, by day.
   */
  public List<app.atrium.plans.DayPassSale> dayPasses(
      java.util.Collection<UUID> memberIds, LocalDate first, LocalDate last) {
    if (memberIds.isEmpty()) return List.of();
    return db.sql(
            """
            SELECT m.id, m.member_id, m.starts_on, p.name, s.price
              FROM membership m
              JOIN membership_plan s ON s.tenant_id = m.tenant_id AND s.membership_id = m.id
                                    AND s.starts_on = m.starts_on
              JOIN plan p ON p.tenant_id = s.tenant_id AND p.id = s.plan_id
             WHERE m.member_id = ANY(?) AND m.term = 'DAY' AND m.status = 'ACTIVE'
               AND m.starts_on BETWEEN ? AND ?
             ORDER BY m.starts_on, m.id
            """)
        .params(memberIds.toArray(UUID[]::new), first, last)
        .query(
            (rs, i) ->
                new app.atrium.plans.DayPassSale(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getBigDecimal(5)))
        .list();
  }

  /** The plan rows of these memberships, by membership, in date order. */
  public Map<UUID, List<SegmentRow>> segmentsOfAll(java.util.Collection<UUID> membershipIds) {
    Map<UUID, List<SegmentRow>> out = new HashMap<>();
    if (membershipIds.isEmpty()) return out;
    db.sql(
            "SELECT s.membership_id, s.starts_on, s.plan_id, s.price, s.price_note,"
                + " p.name AS plan_name FROM membership_plan s JOIN plan p"
                + " ON p.tenant_id = s.tenant_id AND p.id = s.plan_id"
                + " WHERE s.membership_id = ANY(?) ORDER BY s.membership_id, s.starts_on")
        .param(membershipIds.toArray(UUID[]::new))
        .query(MembershipStore::segment)
        .list()
        .forEach(s -> out.computeIfAbsent(s.membershipId(), k -> new ArrayList<>()).add(s));
    return out;
  }

  public List<SegmentRow> segmentsOf(UUID membershipId) {
    return db.sql(
            "SELECT s.membership_id, s.starts_on, s.plan_id, s.price, s.price_note,"
                + " p.name AS plan_name FROM membership_plan s JOIN plan p"
                + " ON p.tenant_id = s.tenant_id AND p.id = s.plan_id"
                + " WHERE s.membership_id = ? ORDER BY s.starts_on")
        .param(membershipId)
        .query(MembershipStore::segment)
        .list();
  }

  public void insertSegment(SegmentRow s, Instant at) {
    db.sql(
            "INSERT INTO membership_plan (tenant_id, membership_id, starts_on, plan_id, price,"
                + " price_note, created_at) VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?)")
        .params(
            s.membershipId(),
            s.startsOn(),
            s.planId(),
            s.price(),
            s.note() == null ? "" : s.note().strip(),
            utc(at))
        .update();
  }

  /** Removes the plan rows starting on or after {@code from}; answers how many. */
  public int deleteSegmentsFrom(UUID membershipId, LocalDate from) {
    return db.sql("DELETE FROM membership_plan WHERE membership_id = ? AND starts_on >= ?")
        .params(membershipId, from)
        .update();
  }

  public void setEnd(UUID id, LocalDate endsOn) {
    db.sql("UPDATE membership SET ends_on = ? WHERE id = ?").params(endsOn, id).update();
  }

  public void setTerm(UUID id, LocalDate termStartsOn, LocalDate endsOn) {
    db.sql("UPDATE membership SET term_starts_on = ?, ends_on = ? WHERE id = ?")
        .params(termStartsOn, endsOn, id)
        .update();
  }

  public void cancel(UUID id, LocalDate endsOn, Instant at) {
    db.sql("UPDATE membership SET ends_on = ?, cancelled_at = ? WHERE id = ?")
        .params(endsOn, utc(at), id)
        .update();
  }

  /** Cancelled before it started: it never runs. */
  public void voidIt(UUID id, Instant at) {
    db.sql("UPDATE membership SET status = 'ENDED', cancelled_at = ? WHERE id = ?")
        .params(utc(at), id)
        .update();
  }

  public void setAutopay(UUID id, boolean autopay) {
    db.sql("UPDATE membership SET autopay = ? WHERE id = ?").params(autopay, id).update();
  }

  public void setWorkspace(UUID id, UUID resourceId, UUID unitId, LocalDate from) {
    db.sql(
            "UPDATE membership SET workspace_resource_id = ?, workspace_unit_id = ?,"
                + " workspace_from = ?, workspace_until = NULL WHERE id = ?")
        .params(resourceId, unitId, from, id)
        .update();
  }

  /** Holds the workspace up to {@code until} (null: to the end); none when before its start. */
  public void setWorkspaceUntil(UUID id, LocalDate until) {
    db.sql(
            """
            UPDATE membership
               SET workspace_until = CASE WHEN ? < workspace_from THEN NULL ELSE ? END,
                   workspace_resource_id = CASE WHEN ? < workspace_from THEN NULL
                                                ELSE workspace_resource_id END,
                   workspace_unit_id = CASE WHEN ? < workspace_from THEN NULL
                                            ELSE workspace_unit_id END,
                   workspace_from = CASE WHEN ? < workspace_from THEN NULL ELSE workspace_from END
             WHERE id = ? AND workspace_unit_id IS NOT NULL
            """)
        .params(until, until, until, until, until, id)
        .update();
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static SegmentRow segment(ResultSet rs, int i) throws SQLException {
    return new SegmentRow(
        rs.getObject("membership_id", UUID.class),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("plan_id", UUID.class),
        rs.getBigDecimal("price"),
        rs.getString("price_note"),
        rs.getString("plan_name"));
  }

  private static MembershipRow row(ResultSet rs, int i) throws SQLException {
    return new MembershipRow(
        rs.getObject("id", UUID.class),
        rs.getObject("member_id", UUID.class),
        rs.getObject("location_id", UUID.class),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        MembershipStatus.valueOf(rs.getString("status")),
        instant(rs, "created_at"),
        MembershipTerm.valueOf(rs.getString("term")),
        rs.getObject("term_starts_on", LocalDate.class),
        rs.getBoolean("prepaid"),
        rs.getBoolean("autopay"),
        instant(rs, "cancelled_at"),
        rs.getObject("workspace_resource_id", UUID.class),
        rs.getObject("workspace_unit_id", UUID.class),
        rs.getObject("workspace_from", LocalDate.class),
        rs.getObject("workspace_until", LocalDate.class));
  }
}
