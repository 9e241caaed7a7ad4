package app.atrium.booking.application;

import app.atrium.booking.Availability;
import app.atrium.booking.domain.Occupation;
import app.atrium.booking.persistence.BookingStore;
import app.atrium.platform.web.AtriumException;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceStatus;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import app.atrium.tenancy.OpeningHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A location's day for the booking screens: every active bookable resource (optionally of one type)
 * with its busy and free spans within the opening hours, read in one query of the occupancy of all
 * their units.
 */
@Component
class DayAvailability implements AvailabilitySource {

  private final BookingStore store;
  private final Resources resources;
  private final ResourceTypes types;
  private final Locations locations;
  private final TransactionTemplate readTx;

  DayAvailability(
      BookingStore store,
      Resources resources,
      ResourceTypes types,
      Locations locations,
      PlatformTransactionManager txManager) {
    this.store = store;
    this.resources = resources;
    this.types = types;
    this.locations = locations;
    this.readTx = new TransactionTemplate(txManager);
    this.readTx.setReadOnly(true);
  }

  @Override
  public Availability day(UUID locationId, LocalDate date, UUID typeId) {
    return readTx.execute(s -> read(locationId, date, typeId));
  }

  private Availability read(UUID locationId, LocalDate date, UUID typeId) {
    Location location =
        locations
            .find(locationId)
            .orElseThrow(() -> AtriumException.notFound("Location", locationId));
    if (typeId != null && types.find(typeId).isEmpty()) {
      throw AtriumException.notFound("Resource type", typeId);
    }
    ZoneId zone = ZoneId.of(location.timeZone());
    Optional<OpeningHours> hours =
        location.openingHours().stream()
            .filter(h -> h.weekday() == date.getDayOfWeek().getValue())
            .findFirst();
    Map<UUID, ResourceType> bookableTypes =
        types.list().stream()
            .filter(ResourceType::bookable)
            .collect(Collectors.toMap(ResourceType::id, Function.identity()));
    List<Resource> shown =
        resources.list(locationId, typeId, ResourceStatus.ACTIVE).stream()
            .filter(r -> bookableTypes.containsKey(r.typeId()))
            .toList();
    var days = new ArrayList<Availability.ResourceDay>(shown.size());
    if (hours.isEmpty()) {
      for (Resource r : shown) days.add(day(r, null, null, List.of(), List.of()));
      return new Availability(locationId, zone.getId(), date, days);
    }
    LocalTime opens = LocalTime.parse(hours.get().opens());
    boolean toMidnight = hours.get().closes().equals("24:00");
    LocalTime closes = toMidnight ? LocalTime.MIDNIGHT : LocalTime.parse(hours.get().closes());
    Instant from = date.atTime(opens).atZone(zone).toInstant();
    Instant to =
        toMidnight
            ? date.plusDays(1).atStartOfDay(zone).toInstant()
            : date.atTime(closes).atZone(zone).toInstant();
    var units = shown.stream().flatMap(r -> r.unitIds().stream()).distinct().toList();
    Map<UUID, List<Occupation.Hold>> holdsByUnit =
        store.held(units, from, to).stream()
            .map(h -> new Occupation.Hold(h.unitId(), h.bookingId(), h.start(), h.end()))
            .collect(Collectors.groupingBy(Occupation.Hold::unitId));
    for (Resource r : shown) {
      List<Occupation.Hold> holds =
          r.unitIds().stream()
              .flatMap(u -> holdsByUnit.getOrDefault(u, List.of()).stream())
              .toList();
      var busy = new ArrayList<Availability.Interval>();
      var free = new ArrayList<Availability.Interval>();
      for (var span :
          Occupation.of(from, to, r.units(), r.kind() == ResourceKind.CAPACITY, holds)) {
        var interval =
            new Availability.Interval(
                local(span.start(), zone),
                local(span.end(), zone),
                span.bookingId(),
                span.freeUnits());
        (span.busy() ? busy : free).add(interval);
      }
      days.add(day(r, opens, closes, busy, free));
    }
    return new Availability(locationId, zone.getId(), date, days);
  }

  private static Availability.ResourceDay day(
      Resource r,
      LocalTime opens,
      LocalTime closes,
      List<Availability.Interval> busy,
      List<Availability.Interval> free) {
    return new Availability.ResourceDay(
        r.id(),
        r.name(),
        r.typeId(),
        r.typeName(),
        r.kind().name(),
        r.units(),
        opens,
        closes,
        busy,
        free);
  }

  private static LocalTime local(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalTime();
  }
}
