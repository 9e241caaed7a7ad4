package app.atrium.pricing.persistence;

import app.atrium.pricing.PriceRule;
import app.atrium.pricing.RateUnit;
import app.atrium.pricing.RuleKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the pricing module's one table, {@code price_rule}. */
@Repository
public class PriceRuleStore {

  private static final int MIDNIGHT = 24 * 60;
  private static final String SELECT =
      """
      SELECT id, resource_type_id, resource_id, kind, label, amount, unit, percent, weekdays,
             band_from_minute, band_to_minute, valid_from, valid_to, created_at
        FROM price_rule
      """;
  private static final String ORDER = " ORDER BY resource_id NULLS FIRST, created_at, id";

  private final JdbcClient db;

  PriceRuleStore(JdbcClient db) {
    this.db = db;
  }

  /**
   * A rule as written: the band in minutes of the day ({@code toMinute} 1440 is midnight), both
   * null for all day.
   */
  public record Row(
      UUID id,
      UUID resourceTypeId,
      UUID resourceId,
      RuleKind kind,
      String label,
      java.math.BigDecimal amount,
      RateUnit unit,
      java.math.BigDecimal percent,
      List<Integer> weekdays,
      Integer fromMinute,
      Integer toMinute,
      LocalDate validFrom,
      LocalDate validTo) {}

  /** The rules of one resource and of its type: what a quote needs, in one query. */
  public List<PriceRule> forResource(UUID resourceId, UUID resourceTypeId) {
    return db.sql(SELECT + " WHERE resource_id = ? OR resource_type_id = ?" + ORDER)
        .params(resourceId, resourceTypeId)
        .query(PriceRuleStore::rule)
        .list();
  }

  /** Rules filtered by type and/or resource (null: any). */
  public List<PriceRule> list(UUID resourceTypeId, UUID resourceId) {
    return db.sql(
            SELECT
                + " WHERE (CAST(? AS uuid) IS NULL OR resource_type_id = ?)"
                + " AND (CAST(? AS uuid) IS NULL OR resource_id = ?)"
                + ORDER)
        .params(resourceTypeId, resourceTypeId, resourceId, resourceId)
        .query(PriceRuleStore::rule)
        .list();
  }

  public Optional<PriceRule> find(UUID id) {
    return db.sql(SELECT + " WHERE id = ?").param(id).query(PriceRuleStore::rule).optional();
  }

  /** The rule, locked for a change. */
  public Optional<PriceRule> findForUpdate(UUID id) {
    return db.sql(SELECT + " WHERE id = ? FOR UPDATE")
        .param(id)
        .query(PriceRuleStore::rule)
        .optional();
  }

  public void insert(Row r, Instant createdAt) {
    db.sql(
            """
            INSERT INTO price_rule (tenant_id, resource_type_id, resource_id, kind, label, amount,
                                    unit, percent, weekdays, band_from_minute, band_to_minute,
                                    valid_from, valid_to, id, created_at)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?, ?, CAST(? AS smallint[]), ?, ?, ?,
                    ?, ?, ?)
            """)
        .params(values(r))
        .param(r.id())
        .param(Timestamp.from(createdAt))
        .update();
  }

  public void update(Row r) {
    db.sql(
            """
            UPDATE price_rule
               SET resource_type_id = ?, resource_id = ?, kind = ?, label = ?, amount = ?,
                   unit = ?, percent = ?, weekdays = CAST(? AS smallint[]), band_from_minute = ?,
                   band_to_minute = ?, valid_from = ?, valid_to = ?
             WHERE id = ?
            """)
        .params(values(r))
        .param(r.id())
        .update();
  }

  public boolean delete(UUID id) {
    return db.sql("DELETE FROM price_rule WHERE id = ?").param(id).update() > 0;
  }

  private static Object[] values(Row r) {
    return new Object[] {
      r.resourceTypeId(),
      r.resourceId(),
      r.kind().name(),
      r.label(),
      r.amount(),
      r.unit() == null ? null : r.unit().name(),
      r.percent(),
      r.weekdays() == null ? null : r.weekdays().toArray(Integer[]::new),
      r.fromMinute(),
      r.toMinute(),
      r.validFrom(),
      r.validTo()
    };
  }

  private static PriceRule rule(ResultSet rs, int i) throws SQLException {
    Array days = rs.getArray("weekdays");
    Integer from = rs.getObject("band_from_minute", Integer.class);
    Integer to = rs.getObject("band_to_minute", Integer.class);
    String unit = rs.getString("unit");
    return new PriceRule(
        rs.getObject("id", UUID.class),
        rs.getObject("resource_type_id", UUID.class),
        rs.getObject("resource_id", UUID.class),
        RuleKind.valueOf(rs.getString("kind")),
        rs.getString("label"),
        rs.getBigDecimal("amount"),
        unit == null ? null : RateUnit.valueOf(unit),
        rs.getBigDecimal("percent"),
        days == null
            ? null
            : Arrays.stream((Object[]) days.getArray()).map(d -> ((Number) d).intValue()).toList(),
        from == null ? null : LocalTime.ofSecondOfDay(from * 60L),
        to == null || to == MIDNIGHT ? null : LocalTime.ofSecondOfDay(to * 60L),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
