package app.atrium.booking.application;

import app.atrium.allowances.Allowances;
import app.atrium.allowances.Balance;
import app.atrium.allowances.UsageSource;
import app.atrium.allowances.Use;
import app.atrium.booking.Alternative;
import app.atrium.booking.Availability;
import app.atrium.booking.Booking;
import app.atrium.booking.BookingChanged;
import app.atrium.booking.BookingProperties;
import app.atrium.booking.BookingQuery;
import app.atrium.booking.BookingRejection;
import app.atrium.booking.BookingRequest;
import app.atrium.booking.BookingStatus;
import app.atrium.booking.Bookings;
import app.atrium.booking.Channel;
import app.atrium.booking.SeriesResult;
import app.atrium.booking.domain.BookingRules;
import app.atrium.booking.persistence.BookingStore;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.AccessSchedule;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.LocationAccess;
import app.atrium.plans.Memberships;
import app.atrium.plans.Plan;
import app.atrium.plans.Plans;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.pricing.Pricing;
import app.atrium.pricing.Quote;
import app.atrium.services.BookingExtra;
import app.atrium.services.BookingExtras;
import app.atrium.spaces.BookedBy;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import app.atrium.spaces.Unit;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import app.atrium.tenancy.OpeningHours;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The one place every channel books through. Each use case is one transaction; the rules are
 * checked in it, and PostgreSQL's exclusion constraint has the last word on every unit.
 */
@Service
class BookingService implements Bookings {

  private final BookingStore store;
  private final Resources resources;
  private final ResourceTypes types;
  private final Locations locations;
  private final Members members;
  private final Memberships memberships;
  private final Plans plans;
  private final Pricing pricing;
  private final Allowances allowances;
  private final BookingExtras extras;
  private final BookingProperties props;
  private final Clock clock;
  private final ObjectMapper json;
  private final TransactionTemplate tx;
  private final TransactionTemplate readTx;
  private final TransactionTemplate nested;
  private final ObjectProvider<AvailabilitySource> availability;

  BookingService(
      BookingStore store,
      Resources resources,
      ResourceTypes types,
      Locations locations,
      Members members,
      Memberships memberships,
      Plans plans,
      Pricing pricing,
      Allowances allowances,
      BookingExtras extras,
      BookingProperties props,
      Clock clock,
      ObjectMapper json,
      PlatformTransactionManager txManager,
      ObjectProvider<AvailabilitySource> availability) {
    this.store = store;
    this.resources = resources;
    this.types = types;
    this.locations = locations;
    this.members = members;
    this.memberships = memberships;
    this.plans = plans;
    this.pricing = pricing;
    this.allowances = allowances;
    this.extras = extras;
    this.props = props;
    this.clock = clock;
    this.json = json;
    this.availability = availability;
    this.tx = new TransactionTemplate(txManager);
    this.readTx = new TransactionTemplate(txManager);
    this.readTx.setReadOnly(true);
    this.nested = new TransactionTemplate(txManager);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  private static final int MAX_DEADLOCK_RETRIES = 5;

  /** Raised inside a transaction when a unit is taken; turned into a rejection after rollback. */
  private static final class SlotTaken extends RuntimeException {
    final Resource resource;
    final Instant start;
    final Instant end;

    SlotTaken(Resource resource, Instant start, Instant end) {
      super(null, null, false, false);
      this.resource = resource;
      this.start = start;
      this.end = end;
    }
  }

  @Override
  public Booking book(BookingRequest request, Channel channel) {
    try {
      return tx.execute(s -> doBook(request, channel, null));
    } catch (SlotTaken taken) {
      throw rejection(taken);
    }
  }

  @Override
  public SeriesResult bookWeekly(BookingRequest first, int weeks, Channel channel) {
    if (weeks < 2 || weeks > 52) throw AtriumException.invalid("weeks", "must be between 2 and 52");
    UUID seriesId = UUID.randomUUID();
    return tx.execute(
        s -> {
          var booked = new ArrayList<Booking>();
          var refused = new ArrayList<SeriesResult.Refused>();
          ZoneId zone = zoneOf(first.resourceId());
          for (int week = 0; week < weeks; week++) {
            Instant start = first.start().atZone(zone).plusWeeks(week).toInstant();
            Instant end = first.end().atZone(zone).plusWeeks(week).toInstant();
            var occurrence =
                new BookingRequest(
                    first.resourceId(),
                    first.unitId(),
                    first.memberId(),
                    first.guestName(),
                    start,
                    end,
                    first.note(),
                    first.extras());
            try {
              booked.add(nested.execute(n -> doBook(occurrence, channel, seriesId)));
            } catch (SlotTaken taken) {
              refused.add(
                  new SeriesResult.Refused(
                      start,
                      end,
                      "slot-taken",
                      taken.resource.name() + " is already booked then."));
            } catch (AtriumException e) {
              refused.add(new SeriesResult.Refused(start, end, e.type(), e.getMessage()));
            }
          }
          return new SeriesResult(booked, refused);
        });
  }

  @Override
  public Booking reschedule(UUID bookingId, Instant start, Instant end, Channel channel) {
    try {
      return tx.execute(
          s -> {
            var row =
                store
                    .findForUpdate(bookingId)
                    .orElseThrow(() -> AtriumException.notFound("Booking", bookingId));
            AtriumUser actor = actor();
            checkMayChange(row, actor);
            if (!"CONFIRMED".equals(row.status())) {
              throw BookingRejection.refused(
                  HttpStatus.CONFLICT,
                  "cancelled",
                  "A cancelled booking cannot be moved; book again.");
            }
            Resource resource = resources.get(row.resourceId());
            ResourceType type = checkRules(resource, row.memberId(), start, end, actor);
            // Free the old slot and take the new one in the same transaction: if the new one is
            // taken, the rollback leaves the original booking exactly as it was.
            store.release(bookingId);
            store.move(bookingId, start, end);
            // A desk booking takes any free desk at the new time.
            takeUnits(bookingId, resource, null, start, end);
            // Moved, it uses included hours and costs as a booking made now for the new time.
            allowances.giveBack(UsageSource.BOOKING, bookingId, "moved");
            store.freezePrice(
                bookingId, priceAndUse(resource, type, bookingId, row.memberId(), start, end));
            store.audit(
                bookingId,
                "RESCHEDULED",
                channel,
                actorId(actor),
                actorName(actor),
                row.start() + " → " + start);
            announce(resource, bookingId, BookingChanged.Change.RESCHEDULED, start, end);
            return toBooking(store.find(bookingId).orElseThrow(), resource);
          });
    } catch (SlotTaken taken) {
      throw rejection(taken);
    }
  }

  @Override
  public Booking cancel(UUID bookingId, Channel channel) {
    return tx.execute(
        s -> {
          var row =
              store
                  .findForUpdate(bookingId)
                  .orElseThrow(() -> AtriumException.notFound("Booking", bookingId));
          AtriumUser actor = actor();
          checkMayChange(row, actor);
          if (!"CONFIRMED".equals(row.status())) return toBooking(row);
          if (actor != null && actor.role() == Role.MEMBER && !row.end().isAfter(clock.instant())) {
            throw BookingRejection.refused(
                HttpStatus.CONFLICT,
                "already-over",
                "This booking is over and cannot be cancelled.");
          }
          Resource resource = resources.get(row.resourceId());
          // In time, a cancellation gives back the included hours and costs nothing; later, both
          // stay as booked.
          long minutesBefore = Duration.between(clock.instant(), row.start()).toMinutes();
          boolean inTime = types.get(resource.typeId()).cancelledInTime(minutesBefore);
          if (inTime) {
            allowances.giveBack(UsageSource.BOOKING, bookingId, "cancelled");
            // Its extras too: taken back by corrections, which stay on the member's usage.
            extras.takeBack(bookingId, "booking cancelled in time");
          }
          store.release(bookingId);
          store.markCancelled(bookingId, actorId(actor), !inTime);
          store.audit(
              bookingId,
              "CANCELLED",
              channel,
              actorId(actor),
              actorName(actor),
              inTime ? "" : "late");
          announce(resource, bookingId, BookingChanged.Change.CANCELLED, row.start(), row.end());
          return toBooking(store.find(bookingId).orElseThrow());
        });
  }

  @Override
  public Booking get(UUID bookingId) {
    return readTx.execute(
        s -> {
          var row =
              store
                  .find(bookingId)
                  .orElseThrow(() -> AtriumException.notFound("Booking", bookingId));
          AtriumUser actor = actor();
          if (actor != null
              && actor.role() == Role.MEMBER
              && !ownMemberId(actor).equals(row.memberId())) {
            throw AtriumException.notFound("Booking", bookingId);
          }
          return toBooking(row);
        });
  }

  @Override
  public List<app.atrium.booking.BookingEvent> history(UUID bookingId) {
    return readTx.execute(
        s -> {
          get(bookingId); // 404 unless the caller may see the booking
          return store.history(bookingId);
        });
  }

  @Override
  public List<Booking> list(BookingQuery query) {
    return readTx.execute(
        s -> {
          AtriumUser actor = actor();
          BookingQuery q = query;
          if (actor != null && actor.role() == Role.MEMBER) {
            // Members see their own bookings only.
            q =
                new BookingQuery(
                    query.locationId(),
                    query.resourceId(),
                    ownMemberId(actor),
                    query.from(),
                    query.to(),
                    query.status(),
                    query.limit());
          }
          return toBookings(store.list(q));
        });
  }

  @Override
  public List<app.atrium.booking.BookingCharge> charges(
      java.util.Collection<UUID> memberIds, java.time.YearMonth month) {
    return readTx.execute(
        s -> {
          Map<UUID, Resource> byId = new HashMap<>();
          Map<UUID, Boolean> drawsHours = new HashMap<>();
          List<app.atrium.booking.BookingCharge> charges = new ArrayList<>();
          for (var c : store.charged(memberIds, month.atDay(1), month.atEndOfMonth())) {
            Resource r = byId.computeIfAbsent(c.resourceId(), resources::get);
            boolean draws =
                drawsHours.computeIfAbsent(r.typeId(), typeId -> types.get(typeId).usesRoomHours());
            charges.add(
                new app.atrium.booking.BookingCharge(
                    c.id(),
                    c.memberId(),
                    r.id(),
                    r.name(),
                    draws,
                    c.start(),
                    c.end(),
                    Pricing.bookedHours(c.start(), c.end()),
                    c.includedHours() == null ? BigDecimal.ZERO : c.includedHours(),
                    c.amount() == null ? BigDecimal.ZERO : c.amount(),
                    c.currency(),
                    c.lateCancel()));
          }
          return charges;
        });
  }

  @Override
  public Availability availability(UUID locationId, LocalDate date, UUID typeId) {
    return availability.getObject().day(locationId, date, typeId);
  }

  // ---------------------------------------------------------------------------------------------

  private Booking doBook(BookingRequest r, Channel channel, UUID seriesId) {
    AtriumUser actor = actor();
    if (actor != null && actor.role() == Role.ACCOUNTANT) {
      throw BookingRejection.refused(HttpStatus.FORBIDDEN, "forbidden", "Your role may not book.");
    }
    UUID memberId = r.memberId();
    String guest = r.guestName() == null || r.guestName().isBlank() ? null : r.guestName().trim();
    if (actor != null && actor.role() == Role.MEMBER) {
      UUID own = ownMemberId(actor);
      if (memberId != null && !memberId.equals(own)) {
        throw BookingRejection.refused(
            HttpStatus.FORBIDDEN, "not-your-booking", "Members book for themselves only.");
      }
      if (guest != null) {
        throw AtriumException.invalid(
            "guestName", "members book for themselves; the front desk books for guests");
      }
      memberId = own;
    }
    if ((memberId == null) == (guest == null)) {
      throw AtriumException.invalid(
          "memberId", "give either a memberId or a guestName (for a walk-in guest)");
    }
    if (memberId != null) {
      Member member =
          members
              .find(memberId)
              .orElseThrow(() -> AtriumException.invalid("memberId", "no such member"));
      if (!member.active()) throw AtriumException.invalid("memberId", "this member is archived");
    }
    Resource resource =
        resources
            .find(r.resourceId())
            .orElseThrow(() -> AtriumException.invalid("resourceId", "no such resource"));
    if (!resource.active())
      throw AtriumException.invalid("resourceId", resource.name() + " is archived");
    ResourceType type = checkRules(resource, memberId, r.start(), r.end(), actor);
    if (r.unitId() != null && resource.kind() != ResourceKind.CAPACITY) {
      throw AtriumException.invalid(
          "unitId", "only a capacity resource (desks, lockers) has units to choose");
    }
    if (r.unitId() != null && !resource.unitIds().contains(r.unitId())) {
      throw AtriumException.invalid("unitId", "not a unit of " + resource.name());
    }
    UUID id = UUID.randomUUID();
    store.insert(
        id,
        resource.locationId(),
        resource.id(),
        memberId,
        guest,
        r.start(),
        r.end(),
        channel,
        r.note(),
        seriesId,
        actorId(actor));
    takeUnits(id, resource, r.unitId(), r.start(), r.end());
    // The price shown is the price charged: the included hours it uses and the price of the rest
    // are decided and frozen in this transaction.
    store.freezePrice(id, priceAndUse(resource, type, id, memberId, r.start(), r.end()));
    // Extras go on the member's usage, as of the booking's start and in this transaction: one
    // refused leaves nothing booked. The frozen price above stays the resource's alone.
    extras.record(id, memberId, r.start(), r.extras());
    store.audit(id, "BOOKED", channel, actorId(actor), actorName(actor), "");
    announce(resource, id, BookingChanged.Change.BOOKED, r.start(), r.end());
    return toBooking(store.find(id).orElseThrow(), resource);
  }

  /**
   * Takes what the booking may of the member's included meeting-room hours (where its type draws on
   * them) and prices the rest at her price for those slots.
   */
  private Quote priceAndUse(
      Resource resource,
      ResourceType type,
      UUID bookingId,
      UUID memberId,
      Instant start,
      Instant end) {
    if (memberId == null || !type.usesRoomHours()) {
      return pricing.priceOf(resource, memberId, start, end);
    }
    Use use =
        allowances.use(
            memberId,
            AllowanceKind.MEETING_ROOM_HOURS,
            Pricing.bookedHours(start, end),
            start,
            UsageSource.BOOKING,
            bookingId);
    Balance after = use.balance();
    Quote.Included included =
        after == null
            ? null
            : new Quote.Included(
                use.included(),
                after.unlimited() ? null : after.left().add(use.included()),
                after.granted());
    return pricing.priceOf(resource, memberId, start, end, included);
  }

  /** Occupies the units of the booking; any free desk of a capacity resource, tried in turn. */
  private void takeUnits(
      UUID bookingId, Resource resource, UUID chosenUnit, Instant start, Instant end) {
    Instant heldUntil = end.plus(buffer());
    if (resource.kind() != ResourceKind.CAPACITY) {
      if (!occupy(bookingId, resource.unitIds(), start, heldUntil)) {
        throw new SlotTaken(resource, start, end);
      }
      return;
    }
    var candidates = new ArrayList<>(chosenUnit != null ? List.of(chosenUnit) : resource.unitIds());
    candidates.removeAll(store.busyUnits(candidates, start, heldUntil));
    // Spread concurrent "any free desk" bookings over the free desks so they rarely collide.
    Collections.shuffle(candidates);
    for (UUID unit : candidates) {
      // Someone may have taken this desk a moment ago: then try the next one.
      if (occupy(bookingId, List.of(unit), start, heldUntil)) return;
    }
    throw new SlotTaken(resource, start, end);
  }

  /**
   * Inserts the occupancy rows in a savepoint: true if they commit to this transaction, false if
   * the exclusion constraint refuses them. Two transactions inserting the same unit at once can
   * wait on each other inside the constraint check; PostgreSQL then aborts one with a deadlock
   * (40P01). The victim's savepoint is rolled back and it tries again, now waiting for the other to
   * finish, so it learns the true answer instead of failing.
   */
  private boolean occupy(UUID bookingId, List<UUID> units, Instant start, Instant heldUntil) {
    for (int attempt = 1; ; attempt++) {
      try {
        nested.executeWithoutResult(n -> store.occupy(bookingId, units, start, heldUntil));
        return true;
      } catch (RuntimeException e) {
        if (BookingStore.isSlotTaken(e)) return false;
        if (!BookingStore.isDeadlock(e) || attempt >= MAX_DEADLOCK_RETRIES) throw e;
      }
    }
  }

  /** Checks the booking rules; answers the resource's type they were checked against. */
  private ResourceType checkRules(
      Resource resource, UUID memberId, Instant start, Instant end, AtriumUser actor) {
    if (start == null || end == null)
      throw AtriumException.invalid("start", "start and end are required");
    ResourceType type = types.get(resource.typeId());
    Location location = locations.get(resource.locationId());
    ZoneId zone = ZoneId.of(location.timeZone());
    LocalDate day = start.atZone(zone).toLocalDate();
    Optional<BookingRules.Hours> hours =
        location.openingHours().stream()
            .filter(h -> h.weekday() == day.getDayOfWeek().getValue())
            .findFirst()
            .map(BookingService::hours);
    Optional<BookingRules.PlanRights> rights = Optional.empty();
    if (memberId != null && memberships.frozenOn(memberId, day)) {
      // A frozen membership books nothing on its frozen days, whoever asks.
      throw BookingRejection.refused(
          HttpStatus.CONFLICT,
          "membership-frozen",
          "The membership is frozen on "
              + day
              + ": no bookings on frozen days. End the freeze first, or book as a guest.");
    }
    if (memberId != null) {
      rights =
          memberships.activeOn(memberId, day).stream()
              .findFirst()
              .map(
                  m -> {
                    Plan plan = plans.get(m.planId());
                    return new BookingRules.PlanRights(
                        plan.name(),
                        plan.canBookDesks(),
                        plan.canBookRooms(),
                        plan.accessSchedule() == AccessSchedule.ALWAYS,
                        plan.locationAccess() == LocationAccess.ALL
                            || m.locationId().equals(resource.locationId()));
                  });
    }
    boolean byStaff = actor == null || actor.role().isStaff();
    BookingRules.check(
        start,
        end,
        new BookingRules.Situation(
            type.bookable(),
            type.bookedBy() == BookedBy.STAFF_ONLY,
            resource.kind() == ResourceKind.CAPACITY,
            type.slotMinutes(),
            type.minMinutes(),
            type.maxMinutes(),
            zone,
            hours,
            byStaff,
            rights,
            clock.instant(),
            Math.max(0, props.memberLeadMinutes())));
    return type;
  }

  private static BookingRules.Hours hours(OpeningHours h) {
    LocalTime closes = h.closes().equals("24:00") ? null : LocalTime.parse(h.closes());
    return new BookingRules.Hours(LocalTime.parse(h.opens()), closes);
  }

  private void checkMayChange(BookingStore.Row row, AtriumUser actor) {
    if (actor != null
        && actor.role() == Role.MEMBER
        && !ownMemberId(actor).equals(row.memberId())) {
      throw AtriumException.notFound("Booking", row.id());
    }
    if (actor != null && actor.role() == Role.ACCOUNTANT) {
      throw BookingRejection.refused(
          HttpStatus.FORBIDDEN, "forbidden", "Your role may not change bookings.");
    }
  }

  private UUID ownMemberId(AtriumUser actor) {
    return members
        .findByAccount(actor.accountId())
        .map(Member::id)
        .orElseThrow(
            () ->
                BookingRejection.refused(
                    HttpStatus.FORBIDDEN,
                    "no-member-card",
                    "This login has no member card; ask the front desk."));
  }

  private void announce(
      Resource resource, UUID bookingId, BookingChanged.Change change, Instant start, Instant end) {
    var event =
        new BookingChanged(
            TenantContext.requireTenantId(),
            resource.locationId(),
            resource.id(),
            bookingId,
            change,
            start,
            end,
            clock.instant());
    store.announce(BookingChanged.CHANNEL, json.writeValueAsString(event));
  }

  private BookingRejection rejection(SlotTaken taken) {
    List<Alternative> alternatives =
        readTx.execute(s -> alternatives(taken.resource, taken.start, taken.end));
    return BookingRejection.slotTaken(taken.resource.name(), alternatives);
  }

  /** The nearest free times of the same resource that day, then similar resources at that time. */
  private List<Alternative> alternatives(Resource resource, Instant start, Instant end) {
    var result = new ArrayList<Alternative>();
    ResourceType type = types.get(resource.typeId());
    Location location = locations.get(resource.locationId());
    ZoneId zone = ZoneId.of(location.timeZone());
    Duration length = Duration.between(start, end);
    Duration step = Duration.ofMinutes(type.slotMinutes());
    LocalDate day = start.atZone(zone).toLocalDate();
    Optional<BookingRules.Hours> hours =
        location.openingHours().stream()
            .filter(h -> h.weekday() == day.getDayOfWeek().getValue())
            .findFirst()
            .map(BookingService::hours);
    Instant opens =
        hours
            .map(h -> day.atTime(h.opens()).atZone(zone).toInstant())
            .orElse(day.atStartOfDay(zone).toInstant());
    Instant closes =
        hours
            .map(
                h ->
                    h.closes() == null
                        ? day.plusDays(1).atStartOfDay(zone).toInstant()
                        : day.atTime(h.closes()).atZone(zone).toInstant())
            .orElse(day.plusDays(1).atStartOfDay(zone).toInstant());
    Instant now = clock.instant();
    // One read of the day's occupancy of this resource and its peers; the search runs in memory.
    List<Resource> peers =
        resources.list(resource.locationId(), resource.typeId(), null).stream()
            .filter(o -> !o.id().equals(resource.id()) && o.active())
            .toList();
    Duration buffer = buffer();
    Instant from = start.isBefore(opens) ? start : opens;
    Instant to = (end.isAfter(closes) ? end : closes).plus(buffer);
    var units = new ArrayList<>(resource.unitIds());
    peers.forEach(o -> units.addAll(o.unitIds()));
    Map<UUID, List<BookingStore.Held>> held =
        store.held(units, from, to).stream()
            .collect(Collectors.groupingBy(BookingStore.Held::unitId));
    for (int k = 1; k <= 48 && result.size() < 3; k++) {
      for (int sign : new int[] {1, -1}) {
        Instant s = start.plus(step.multipliedBy((long) k * sign));
        Instant e = s.plus(length);
        if (s.isBefore(opens) || e.isAfter(closes) || s.isBefore(now)) continue;
        if (isFree(resource, s, e.plus(buffer), held) && result.size() < 3)
          result.add(new Alternative(resource.id(), resource.name(), s, e));
      }
    }
    for (Resource other : peers) {
      if (result.size() >= 6) break;
      if (isFree(other, start, end.plus(buffer), held))
        result.add(new Alternative(other.id(), other.name(), start, end));
    }
    return result;
  }

  /** How long units stay held after a booking ends (changeover). */
  private Duration buffer() {
    return Duration.ofMinutes(Math.max(0, props.bufferMinutes()));
  }

  /** Whether a booking of {@code resource} could hold its units over [start, heldUntil). */
  private static boolean isFree(
      Resource resource,
      Instant start,
      Instant heldUntil,
      Map<UUID, List<BookingStore.Held>> held) {
    long busy =
        resource.unitIds().stream()
            .filter(
                u ->
                    held.getOrDefault(u, List.of()).stream()
                        .anyMatch(h -> h.start().isBefore(heldUntil) && h.end().isAfter(start)))
            .count();
    return resource.kind() == ResourceKind.CAPACITY ? busy < resource.units() : busy == 0;
  }

  private ZoneId zoneOf(UUID resourceId) {
    Resource resource =
        resources
            .find(resourceId)
            .orElseThrow(() -> AtriumException.invalid("resourceId", "no such resource"));
    return ZoneId.of(locations.get(resource.locationId()).timeZone());
  }

  private Booking toBooking(BookingStore.Row row) {
    return toBookings(List.of(row), Map.of()).getFirst();
  }

  /** The booking as answered, with its resource already at hand. */
  private Booking toBooking(BookingStore.Row row, Resource resource) {
    return toBookings(List.of(row), Map.of(resource.id(), resource)).getFirst();
  }

  private List<Booking> toBookings(List<BookingStore.Row> rows) {
    return toBookings(rows, Map.of());
  }

  private List<Booking> toBookings(List<BookingStore.Row> rows, Map<UUID, Resource> known) {
    Map<UUID, Resource> byId = new HashMap<>(known);
    Map<UUID, Map<UUID, String>> unitLabels = new HashMap<>();
    for (var row : rows) {
      byId.computeIfAbsent(row.resourceId(), id -> resources.find(id).orElse(null));
    }
    Map<UUID, String> memberNames =
        members
            .getAll(
                rows.stream()
                    .map(BookingStore.Row::memberId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(Member::id, Member::fullName, (a, b) -> a));
    Map<UUID, List<BookingExtra>> extrasOf =
        rows.isEmpty() ? Map.of() : extras.of(rows.stream().map(BookingStore.Row::id).toList());
    var result = new ArrayList<Booking>(rows.size());
    for (var row : rows) {
      Resource resource = byId.get(row.resourceId());
      List<String> labels = List.of();
      if (resource != null
          && resource.kind() == ResourceKind.CAPACITY
          && !row.unitIds().isEmpty()) {
        Map<UUID, String> map =
            unitLabels.computeIfAbsent(
                resource.id(),
                id ->
                    resources.units(id).stream()
                        .collect(Collectors.toMap(Unit::id, Unit::label, (a, b) -> a)));
        labels = row.unitIds().stream().map(u -> map.getOrDefault(u, "")).toList();
      }
      result.add(
          new Booking(
              row.id(),
              row.locationId(),
              row.resourceId(),
              resource == null ? null : resource.name(),
              row.memberId(),
              row.memberId() == null ? null : memberNames.get(row.memberId()),
              row.guestName(),
              row.start(),
              row.end(),
              BookingStatus.valueOf(row.status()),
              Channel.valueOf(row.channel()),
              row.note(),
              row.unitIds(),
              labels,
              row.seriesId(),
              row.createdAt(),
              row.price(),
              extrasOf.getOrDefault(row.id(), List.of())));
    }
    return result;
  }

  private static AtriumUser actor() {
    return TenantContext.currentUser().orElse(null);
  }

  private static UUID actorId(AtriumUser actor) {
    return actor == null ? null : actor.accountId();
  }

  private static String actorName(AtriumUser actor) {
    return actor == null ? "system" : actor.displayName();
  }
}
