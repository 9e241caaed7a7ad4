package app.atrium.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pause of a membership from {@code firstDay} to {@code lastDay}, both inclusive. */
public record Freeze(
    UUID id,
    UUID membershipId,
    LocalDate firstDay,
    LocalDate lastDay,
    long days,
    String reason,
    Instant createdAt) {

  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }
}
