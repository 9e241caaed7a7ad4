package app.atrium.booking.persistence;

import app.atrium.booking.BookingQuery;
import app.atrium.booking.Channel;
import app.atrium.pricing.Quote;
import app.atrium.pricing.QuoteLine;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/** SQL for the booking module's own tables: bookings, their occupancy rows and their audit. */
@Repository
public class BookingStore {

  private static final String SELECT =
      """
      SELECT b.id, b.location_id, b.resource_id, b.member_id, b.guest_name, lower(b.during) AS starts,
             upper(b.during) AS ends, b.status, b.channel, b.note, b.series_id, b.created_at,
             b.price_amount, b.price_currency, b.price_lines::text AS price_lines, b.included_hours,
             b.included_left, b.included_granted,
             coalesce((SELECT array_agg(o.unit_id ORDER BY o.unit_id) FROM occupancy o
                       WHERE o.booking_id = b.id), '{}') AS units
      FROM booking b
      """;

  private final JdbcClient db;
  private final ObjectMapper json;
  // Frozen lines outlive the code that wrote them: fields added since are not an error.
  private final ObjectReader lines;

  BookingStore(JdbcClient db, ObjectMapper json) {
    this.db = db;
    this.json = json;
    this.lines =
        json.readerForListOf(QuoteLine.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** A booking as stored. */
  public record Row(
      UUID id,
      UUID locationId,
      UUID resourceId,
      UUID memberId,
      String guestName,
      Instant start,
      Instant end,
      String status,
      String channel,
      String note,
      UUID seriesId,
      Instant createdAt,
      List<UUID> unitIds,
      Quote price) {}

  public void insert(
      UUID id,
      UUID locationId,
      UUID resourceId,
      UUID memberId,
      String guestName,
      Instant start,
      Instant end,
      Channel channel,
      String note,
      UUID seriesId,
      UUID createdBy) {
    db.sql(
            """
            INSERT INTO booking (tenant_id, id, location_id, resource_id, member_id, guest_name, during,
                                 channel, note, series_id, created_by)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, tstzrange(?, ?, '[)'), ?, ?, ?, ?)
            """)
        .params(
            id,
            locationId,
            resourceId,
            memberId,
            guestName,
            ts(start),
            ts(end),
            channel.name(),
            note == null ? "" : note,
            seriesId,
            createdBy)
        .update();
  }

  /** Freezes the price quoted for the booking: what it is charged, whatever the rules say later. */
  public void freezePrice(UUID bookingId, Quote price) {
    Quote.Included included = price.included();
    db.sql(
            "UPDATE booking SET price_amount = ?, price_currency = ?,"
                + " price_lines = CAST(? AS jsonb), included_hours = ?, included_left = ?,"
                + " included_granted = ? WHERE id = ?")
        .params(
            price.total(),
            price.currency(),
            json.writeValueAsString(price.lines()),
            included == null ? null : included.hours(),
            included == null ? null : included.left(),
            included == null ? null : included.granted(),
            bookingId)
        .update();
  }

  /**
   * Takes {@code units} for the booking from {@code start} to {@code end}; the exclusion constraint
   * refuses (SQLSTATE 23P01) when any of them is taken at an overlapping time.
   */
  public void occupy(UUID bookingId, Collection<UUID> units, Instant start, Instant end) {
    db.sql(
            """
            INSERT INTO occupancy (tenant_id, booking_id, unit_id, during)
            SELECT atrium_current_tenant(), ?, u, tstzrange(?, ?, '[)') FROM unnest(?::uuid[]) u
            """)
        .params(bookingId, ts(start), ts(end), units.toArray(UUID[]::new))
        .update();
  }

  /** Which of {@code units} are held by some booking at a time overlapping the interval. */
  public Set<UUID> busyUnits(Collection<UUID> units, Instant start, Instant end) {
    if (units.isEmpty()) return Set.of();
    var busy = new HashSet<UUID>();
    held(units, start, end).forEach(h -> busy.add(h.unitId()));
    return busy;
  }

  /** A unit held by a booking from {@code start} to {@code end}. */
  public record Held(UUID unitId, UUID bookingId, Instant start, Instant end) {}

  /** The longest an occupancy row may span (a CHECK constraint holds it to this). */
  public static final java.time.Duration LONGEST = java.time.Duration.ofDays(2);

  /**
   * The occupancy of {@code units} overlapping the interval, clipped to it. Compares the plain
   * {@code starts}/{@code ends} columns, not the range: under row-level security only leakproof
   * operators become index conditions, and {@code &&} is not one. With the lower bound on {@code
   * starts} (no row spans more than {@link #LONGEST}) it is one short index range per unit.
   */
  public static final String HELD_SQL =
      """
      SELECT o.unit_id, o.booking_id, greatest(o.starts, ?) AS starts, least(o.ends, ?) AS ends
        FROM occupancy o
       WHERE o.tenant_id = atrium_current_tenant() AND o.unit_id = ANY(?::uuid[])
         AND o.starts > ? AND o.starts < ? AND o.ends > ?
      """;

  public List<Held> held(Collection<UUID> units, Instant from, Instant to) {
    if (units.isEmpty()) return List.of();
    return db.sql(HELD_SQL)
        .params(
            ts(from), ts(to), units.toArray(UUID[]::new), ts(from.minus(LONGEST)), ts(to), ts(from))
        .query(
            (rs, i) ->
                new Held(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getTimestamp(3).toInstant(),
                    rs.getTimestamp(4).toInstant()))
        .list();
  }

  public void release(UUID bookingId) {
    db.sql("DELETE FROM occupancy WHERE booking_id = ?").param(bookingId).update();
  }

  /** Cancels; a {@code late} cancellation keeps the included hours used and the price due. */
  public void markCancelled(UUID bookingId, UUID by, boolean late) {
    db.sql(
            "UPDATE booking SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = ?,"
                + " late_cancel = ? WHERE id = ?")
        .params(by, late, bookingId)
        .update();
  }

  public void move(UUID bookingId, Instant start, Instant end) {
    db.sql("UPDATE booking SET during = tstzrange(?, ?, '[)') WHERE id = ?")
        .params(ts(start), ts(end), bookingId)
        .update();
  }

  /** The booking, locked for a change. */
  public Optional<Row> findForUpdate(UUID id) {
    return db.sql(SELECT + " WHERE b.id = ? FOR UPDATE OF b").param(id).query(this::row).optional();
  }

  public Optional<Row> find(UUID id) {
    return db.sql(SELECT + " WHERE b.id = ?").param(id).query(this::row).optional();
  }

  public List<Row> list(BookingQuery q) {
    var where = new ArrayList<String>();
    var params = new ArrayList<Object>();
    if (q.locationId() != null) {
      where.add("b.location_id = ?");
      params.add(q.locationId());
    }
    if (q.resourceId() != null) {
      where.add("b.resource_id = ?");
      params.add(q.resourceId());
    }
    if (q.memberId() != null) {
      where.add("b.member_id = ?");
      params.add(q.memberId());
    }
    if (q.status() != null) {
      where.add("b.status = ?");
      params.add(q.status().name());
    }
    if (q.from() != null || q.to() != null) {
      where.add("b.during && tstzrange(?, ?, '[)')");
      params.add(q.from() == null ? null : ts(q.from()));
      params.add(q.to() == null ? null : ts(q.to()));
    }
    String sql =
        SELECT
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY lower(b.during), b.id LIMIT "
            + Math.max(1, Math.min(q.limit(), 1000));
    return db.sql(sql).params(params.toArray()).query(this::row).list();
  }

  public void audit(
      UUID bookingId,
      String action,
      Channel channel,
      UUID actorId,
      String actorName,
      String detail) {
    db.sql(
            """
            INSERT INTO booking_audit (tenant_id, booking_id, action, channel, actor_id, actor_name, detail)
            VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?, ?)
            """)
        .params(bookingId, action, channel.name(), actorId, actorName, detail == null ? "" : detail)
        .update();
  }

  public List<app.atrium.booking.BookingEvent> history(UUID bookingId) {
    return db.sql(
            "SELECT action, channel, coalesce(actor_name, ''), detail, at FROM booking_audit"
                + " WHERE booking_id = ? ORDER BY at, id")
        .param(bookingId)
        .query(
            (rs, i) ->
                new app.atrium.booking.BookingEvent(
                    rs.getString(1),
                    Channel.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  /** Announces a committed change to every node (delivered only if the transaction commits). */
  public void announce(String channel, String payload) {
    db.sql("SELECT pg_notify(?, ?)").params(channel, payload).query().singleRow();
  }

  /** Whether a failure is PostgreSQL's exclusion constraint saying "this unit is taken". */
  public static boolean isSlotTaken(Throwable failure) {
    return hasSqlState(failure, "23P01");
  }

  /** True if {@code failure} is PostgreSQL breaking a deadlock (SQLSTATE 40P01). */
  public static boolean isDeadlock(Throwable failure) {
    return hasSqlState(failure, "40P01");
  }

  private static boolean hasSqlState(Throwable failure, String sqlState) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException e && sqlState.equals(e.getSQLState())) return true;
    }
    return false;
  }

  /** A member's priced booking of a month, as billing reads it. */
  public record Charged(
      UUID id,
      UUID memberId,
      UUID resourceId,
      Instant start,
      Instant end,
      BigDecimal includedHours,
      BigDecimal amount,
      String currency,
      boolean lateCancel) {}

  /**
   * Bookings of {@code memberIds} starting between the two local dates (inclusive) at their
   * location, confirmed or cancelled late, that carry a price or included hours.
   */
  public List<Charged> charged(Collection<UUID> memberIds, LocalDate first, LocalDate last) {
    if (memberIds.isEmpty()) return List.of();
    return db.sql(
            """
            SELECT b.id, b.member_id, b.resource_id, lower(b.during) AS starts,
                   upper(b.during) AS ends, b.included_hours, b.price_amount, b.price_currency,
                   b.late_cancel
              FROM booking b JOIN location l ON l.tenant_id = b.tenant_id AND l.id = b.location_id
             WHERE b.member_id = ANY(?::uuid[])
               AND (b.status = 'CONFIRMED' OR b.late_cancel)
               AND (b.price_amount > 0 OR b.included_hours > 0)
               AND (lower(b.during) AT TIME ZONE l.time_zone)::date BETWEEN ? AND ?
             ORDER BY lower(b.during), b.id
            """)
        .params(memberIds.toArray(UUID[]::new), first, last)
        .query(
            (rs, i) ->
                new Charged(
                    rs.getObject("id", UUID.class),
                    rs.getObject("member_id", UUID.class),
                    rs.getObject("resource_id", UUID.class),
                    rs.getTimestamp("starts").toInstant(),
                    rs.getTimestamp("ends").toInstant(),
                    rs.getBigDecimal("included_hours"),
                    rs.getBigDecimal("price_amount"),
                    rs.getString("price_currency"),
                    rs.getBoolean("late_cancel")))
        .list();
  }

  private Row row(java.sql.ResultSet rs, int i) throws SQLException {
    Array units = rs.getArray("units");
    List<UUID> unitIds =
        units == null
            ? List.of()
            : Arrays.stream((Object[]) units.getArray()).map(o -> (UUID) o).toList();
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("location_id", UUID.class),
        rs.getObject("resource_id", UUID.class),
        rs.getObject("member_id", UUID.class),
        rs.getString("guest_name"),
        rs.getTimestamp("starts").toInstant(),
        rs.getTimestamp("ends").toInstant(),
        rs.getString("status"),
        rs.getString("channel"),
        rs.getString("note"),
        rs.getObject("series_id", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        unitIds,
        price(rs));
  }

  private Quote price(java.sql.ResultSet rs) throws SQLException {
    String frozen = rs.getString("price_lines");
    if (frozen == null) return null;
    BigDecimal included = rs.getBigDecimal("included_hours");
    return new Quote(
        rs.getBigDecimal("price_amount"),
        rs.getString("price_currency"),
        lines.readValue(frozen),
        included == null
            ? null
            : new Quote.Included(
                included, rs.getBigDecimal("included_left"), rs.getBigDecimal("included_granted")));
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
