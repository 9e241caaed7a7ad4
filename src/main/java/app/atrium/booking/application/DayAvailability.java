package app.atrium.booking.application;

import app.atrium.booking.Availability;
import app.atrium.booking.Availability.Interval;
import app.atrium.booking.Availability.ResourceDay;
import app.atrium.booking.persistence.OccupancyQuery;
import app.atrium.booking.persistence.OccupancyQuery.Held;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A location's day from the occupancy rows: for each bookable resource, the opening hours cut into
 * busy and free intervals. A closed day has no hours ({@code opens} and {@code closes} null) and no
 * intervals; closing at midnight is {@code closes} 00:00.
 */
@Service
class DayAvailability implements AvailabilitySource {

  private final Resources resources;
  private final ResourceTypes types;
  private final Locations locations;
  private final OccupancyQuery occupancy;

  DayAvailability(
      Resources resources, ResourceTypes types, Locations locations, OccupancyQuery occupancy) {
    this.resources = resources;
    this.types = types;
    this.locations = locations;
    this.occupancy = occupancy;
  }

  @Override
  @Transactional(readOnly = true)
  public Availability day(UUID locationId, LocalDate date, UUID typeId) {
    Location location = locations.get(locationId);
    ZoneId zone = ZoneId.of(location.timeZone());
    Map<UUID, ResourceType> typesById =
        types.list().stream().collect(Collectors.toMap(ResourceType::id, Function.identity()));
    List<Resource> shown =
        resources.list(locationId, typeId, ResourceStatus.ACTIVE).stream()
            .filter(r -> typesById.containsKey(r.typeId()) && typesById.get(r.typeId()).bookable())
            .toList();
    Optional<OpeningHours> hours =
        location.openingHours().stream()
            .filter(h -> h.weekday() == date.getDayOfWeek().getValue())
            .findFirst();
    if (hours.isEmpty()) {
      return new Availability(
          locationId,
          location.timeZone(),
          date,
          shown.stream().map(r -> day(r, typesById, null, null, List.of(), List.of())).toList());
    }
    LocalTime opens = LocalTime.parse(hours.get().opens());
    boolean toMidnight = hours.get().closes().equals("24:00");
    LocalTime closes = toMidnight ? LocalTime.MIDNIGHT : LocalTime.parse(hours.get().closes());
    Instant from = date.atTime(opens).atZone(zone).toInstant();
    Instant to =
        toMidnight
            ? date.plusDays(1).atStartOfDay(zone).toInstant()
            : date.atTime(closes).atZone(zone).toInstant();
    List<Held> held =
        occupancy.held(
            shown.stream().flatMap(r -> r.unitIds().stream()).distinct().toList(), from, to);
    var result = new ArrayList<ResourceDay>();
    for (Resource r : shown) {
      var units = new HashSet<>(r.unitIds());
      var mine = held.stream().filter(h -> units.contains(h.unitId())).toList();
      var busy = new ArrayList<Interval>();
      var free = new ArrayList<Interval>();
      cut(r, mine, from, to, zone, busy, free);
      result.add(day(r, typesById, opens, closes, busy, free));
    }
    return new Availability(locationId, location.timeZone(), date, result);
  }

  private static ResourceDay day(
      Resource r,
      Map<UUID, ResourceType> typesById,
      LocalTime opens,
      LocalTime closes,
      List<Interval> busy,
      List<Interval> free) {
    return new ResourceDay(
        r.id(),
        r.name(),
        r.typeId(),
        typesById.get(r.typeId()).name(),
        r.kind().name(),
        r.units(),
        opens,
        closes,
        busy,
        free);
  }

  /**
   * Cuts the open hours at every start and end of a hold, then joins neighbouring pieces that are
   * in the same state: held by the same booking, or (desks) with the same number of free units.
   */
  private static void cut(
      Resource r,
      List<Held> held,
      Instant from,
      Instant to,
      ZoneId zone,
      List<Interval> busy,
      List<Interval> free) {
    var points = new TreeSet<Instant>(List.of(from, to));
    for (Held h : held) {
      if (h.start().isAfter(from) && h.start().isBefore(to)) points.add(h.start());
      if (h.end().isAfter(from) && h.end().isBefore(to)) points.add(h.end());
    }
    boolean capacity = r.kind() == ResourceKind.CAPACITY;
    int units = Math.max(1, r.unitIds().size());
    Instant pieceStart = null;
    Boolean pieceBusy = null;
    UUID pieceBooking = null;
    int pieceFree = 0;
    Instant a = null;
    for (Instant b : points) {
      if (a != null) {
        Instant s = a;
        var over = held.stream().filter(h -> h.start().isBefore(b) && h.end().isAfter(s)).toList();
        int taken = (int) over.stream().map(Held::unitId).distinct().count();
        boolean isBusy = capacity ? taken >= units : taken > 0;
        UUID booking = capacity || over.isEmpty() ? null : over.getFirst().bookingId();
        int freeUnits = capacity ? Math.max(0, units - taken) : (isBusy ? 0 : units);
        boolean same =
            pieceBusy != null
                && pieceBusy == isBusy
                && Objects.equals(pieceBooking, booking)
                && pieceFree == freeUnits;
        if (!same) {
          if (pieceBusy != null)
            add(pieceBusy ? busy : free, pieceStart, a, pieceBooking, pieceFree, zone);
          pieceStart = a;
          pieceBusy = isBusy;
          pieceBooking = booking;
          pieceFree = freeUnits;
        }
      }
      a = b;
    }
    if (pieceBusy != null)
      add(pieceBusy ? busy : free, pieceStart, to, pieceBooking, pieceFree, zone);
  }

  private static void add(
      List<Interval> into, Instant start, Instant end, UUID booking, int freeUnits, ZoneId zone) {
    into.add(
        new Interval(
            start.atZone(zone).toLocalTime(), end.atZone(zone).toLocalTime(), booking, freeUnits));
  }
}
