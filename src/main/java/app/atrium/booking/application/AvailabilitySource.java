package app.atrium.booking.application;

import app.atrium.booking.Availability;
import java.time.LocalDate;
import java.util.UUID;

/** Where the day's availability comes from (the availability query of this module). */
public interface AvailabilitySource {
  Availability day(UUID locationId, LocalDate date, UUID typeId);
}
