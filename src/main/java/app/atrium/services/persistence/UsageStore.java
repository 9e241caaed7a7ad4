package app.atrium.services.persistence;

import app.atrium.plans.AllowanceKind;
import app.atrium.services.AddOnUnit;
import app.atrium.services.ServiceUsage;
import app.atrium.services.domain.UsageSplit.Quantities;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code service_usage}: rows are inserted and read, never changed. */
@Repository
public class UsageStore {

  private static final String SELECT =
      """
      SELECT u.id, u.member_id, u.service_id, s.code, s.name, s.unit, u.quantity,
             u.included_quantity, u.paid_quantity, u.unit_price, u.amount, u.currency,
             u.plan_included, u.allowance_kind, u.period, u.occurred_at, u.recorded_at, u.source,
             u.recorded_by_name, u.recorded_by_account_id, u.device_id, u.note, u.corrects_id,
             u.reason, u.payer_company_id, u.booking_id
        FROM service_usage u JOIN service s ON s.id = u.service_id
      """;
  private static final String ORDER = " ORDER BY u.occurred_at, u.seq";

  private final JdbcClient db;

  UsageStore(JdbcClient db) {
    this.db = db;
  }

  public void insert(ServiceUsage u) {
    db.sql(
            """
            INSERT INTO service_usage (tenant_id, id, member_id, service_id, payer_company_id,
                   period, occurred_at, recorded_at, quantity, included_quantity, paid_quantity,
                   unit_price, amount, currency, plan_included, allowance_kind, source,
                   recorded_by_account_id, recorded_by_name, device_id, note, corrects_id, reason,
                   booking_id)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?)
            """)
        .param(u.id())
        .param(u.memberId())
        .param(u.serviceId())
        .param(u.payerCompanyId())
        .param(u.period().atDay(1))
        .param(utc(u.occurredAt()))
        .param(utc(u.recordedAt()))
        .param(u.quantity())
        .param(u.includedQuantity())
        .param(u.paidQuantity())
        .param(u.unitPrice())
        .param(u.amount())
        .param(u.currency())
        .param(u.planIncluded())
        .param(u.allowanceKind() == null ? null : u.allowanceKind().name())
        .param(u.source().name())
        .param(u.recordedByAccountId())
        .param(u.recordedBy())
        .param(u.deviceId())
        .param(u.note())
        .param(u.correctsId())
        .param(u.reason())
        .param(u.bookingId())
        .update();
  }

  public Optional<ServiceUsage> find(UUID id) {
    return db.sql(SELECT + " WHERE u.id = ?").param(id).query(UsageStore::usage).optional();
  }

  /** The row, locked so that corrections of it are made one at a time. */
  public Optional<ServiceUsage> findForUpdate(UUID id) {
    return db.sql(SELECT + " WHERE u.id = ? FOR UPDATE OF u")
        .param(id)
        .query(UsageStore::usage)
        .optional();
  }

  /** What the corrections of an entry took back so far, as positive numbers. */
  public Quantities corrected(UUID id) {
    return db.sql(
            "SELECT -coalesce(sum(quantity), 0), -coalesce(sum(included_quantity), 0),"
                + " -coalesce(sum(paid_quantity), 0), -coalesce(sum(amount), 0)"
                + " FROM service_usage WHERE corrects_id = ?")
        .param(id)
        .query(
            (rs, i) ->
                new Quantities(
                    rs.getBigDecimal(1),
                    rs.getBigDecimal(2),
                    rs.getBigDecimal(3),
                    rs.getBigDecimal(4)))
        .single();
  }

  /** A member's rows of one month, corrections included, in the order they happened. */
  public List<ServiceUsage> ofMember(UUID memberId, YearMonth period) {
    return db.sql(SELECT + " WHERE u.member_id = ? AND u.period = ?" + ORDER)
        .param(memberId)
        .param(period.atDay(1))
        .query(UsageStore::usage)
        .list();
  }

  /** What a member pays herself for one month: her rows no company pays. */
  public List<ServiceUsage> paidByMember(UUID memberId, YearMonth period) {
    return db.sql(
            SELECT
                + " WHERE u.member_id = ? AND u.period = ? AND u.payer_company_id IS NULL"
                + ORDER)
        .param(memberId)
        .param(period.atDay(1))
        .query(UsageStore::usage)
        .list();
  }

  /** What a company pays for one month: the rows of its people billed to it. */
  public List<ServiceUsage> paidByCompany(UUID companyId, YearMonth period) {
    return db.sql(SELECT + " WHERE u.payer_company_id = ? AND u.period = ?" + ORDER)
        .param(companyId)
        .param(period.atDay(1))
        .query(UsageStore::usage)
        .list();
  }

  /** The rows of one month of all these members, by member and then as they happened. */
  public List<ServiceUsage> ofMembers(java.util.Collection<UUID> memberIds, YearMonth period) {
    if (memberIds.isEmpty()) return List.of();
    return db.sql(
            SELECT
                + " WHERE u.member_id = ANY(?) AND u.period = ?"
                + " ORDER BY u.member_id, u.occurred_at, u.seq")
        .param(memberIds.toArray(UUID[]::new))
        .param(period.atDay(1))
        .query(UsageStore::usage)
        .list();
  }

  /** The rows recorded with these bookings, corrections included, as they were recorded. */
  public List<ServiceUsage> ofBookings(java.util.Collection<UUID> bookingIds) {
    if (bookingIds.isEmpty()) return List.of();
    return db.sql(SELECT + " WHERE u.booking_id = ANY(?) ORDER BY u.seq")
        .param(bookingIds.toArray(UUID[]::new))
        .query(UsageStore::usage)
        .list();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  static ServiceUsage usage(ResultSet rs, int i) throws SQLException {
    String kind = rs.getString("allowance_kind");
    return new ServiceUsage(
        rs.getObject("id", UUID.class),
        rs.getObject("member_id", UUID.class),
        rs.getObject("service_id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        AddOnUnit.valueOf(rs.getString("unit")),
        rs.getBigDecimal("quantity"),
        rs.getBigDecimal("included_quantity"),
        rs.getBigDecimal("paid_quantity"),
        rs.getBigDecimal("unit_price"),
        rs.getBigDecimal("amount"),
        rs.getString("currency"),
        rs.getBoolean("plan_included"),
        kind == null ? null : AllowanceKind.valueOf(kind),
        YearMonth.from(rs.getObject("period", LocalDate.class)),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        ServiceUsage.Source.valueOf(rs.getString("source")),
        rs.getString("recorded_by_name"),
        rs.getObject("recorded_by_account_id", UUID.class),
        rs.getObject("device_id", UUID.class),
        rs.getString("note"),
        rs.getObject("corrects_id", UUID.class),
        rs.getString("reason"),
        rs.getObject("payer_company_id", UUID.class),
        rs.getObject("booking_id", UUID.class));
  }
}
