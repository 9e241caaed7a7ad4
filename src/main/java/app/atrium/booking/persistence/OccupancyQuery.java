package app.atrium.booking.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads which units are held when: what the availability of a day is computed from. */
@Repository
public class OccupancyQuery {

  private final JdbcClient db;

  OccupancyQuery(JdbcClient db) {
    this.db = db;
  }

  /** A unit held by a booking from {@code start} to {@code end} (buffer included). */
  public record Held(UUID unitId, UUID bookingId, Instant start, Instant end) {}

  /** What holds any of {@code units} at a time overlapping {@code from}–{@code to}. */
  public List<Held> held(Collection<UUID> units, Instant from, Instant to) {
    if (units.isEmpty()) return List.of();
    return db.sql(
            """
            SELECT unit_id, booking_id, lower(during) AS starts, upper(during) AS ends
            FROM occupancy
            WHERE unit_id = ANY(?::uuid[]) AND during && tstzrange(?, ?, '[)')
            ORDER BY lower(during), unit_id
            """)
        .params(units.toArray(UUID[]::new), Timestamp.from(from), Timestamp.from(to))
        .query(
            (rs, i) ->
                new Held(
                    rs.getObject("unit_id", UUID.class),
                    rs.getObject("booking_id", UUID.class),
                    rs.getTimestamp("starts").toInstant(),
                    rs.getTimestamp("ends").toInstant()))
        .list();
  }
}
