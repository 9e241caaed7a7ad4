package app.atrium.booking.web;

import app.atrium.platform.web.AtriumException;
import app.atrium.spaces.Resource;
import app.atrium.spaces.Resources;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Which location a page is about (the first one by default) and what "now" is there. */
@Component
class Places {

  private final Locations locations;
  private final Resources resources;
  private final Clock clock;

  Places(Locations locations, Resources resources, Clock clock) {
    this.locations = locations;
    this.resources = resources;
    this.clock = clock;
  }

  Location pick(UUID id) {
    if (id != null) return locations.find(id).orElseThrow(() -> notFound(id));
    return locations.list().stream().findFirst().orElseThrow(() -> notFound(""));
  }

  java.util.List<Location> all() {
    return locations.list();
  }

  /** The resource and its location; a refusal naming the field when it is not this tenant's. */
  Resource resource(UUID id) {
    return resources
        .find(id)
        .orElseThrow(() -> AtriumException.invalid("resourceId", "choose one from the list"));
  }

  /** The resource a page is about; 404 when this tenant has none. */
  Resource existing(UUID id) {
    return resources.get(id);
  }

  ZoneId zoneOf(Resource r) {
    return zone(locations.get(r.locationId()));
  }

  static ZoneId zone(Location l) {
    return ZoneId.of(l.timeZone());
  }

  LocalDate today(Location l) {
    return LocalDate.now(clock.withZone(zone(l)));
  }

  LocalDateTime now(Location l) {
    return LocalDateTime.now(clock.withZone(zone(l)));
  }

  private static AtriumException notFound(Object id) {
    return AtriumException.notFound("Location", id);
  }
}
