package app.atrium.services.application;

import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.AtriumException.FieldProblem;
import app.atrium.services.AddOn;
import app.atrium.services.AddOnStatus;
import app.atrium.services.AddOns;
import app.atrium.services.BookingExtra;
import app.atrium.services.BookingExtras;
import app.atrium.services.ExtraChoice;
import app.atrium.services.ServiceUsage;
import app.atrium.services.ServiceUsage.Source;
import app.atrium.services.domain.UsageSplit.Quantities;
import app.atrium.services.domain.UsageSplit.Split;
import app.atrium.services.persistence.UsageStore;
import app.atrium.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extras on bookings, as usage rows linked to the booking: priced and recorded by {@link
 * UsageService}, in the booking's transaction.
 */
@Service
class BookingExtrasService implements BookingExtras {

  private final AddOns catalogue;
  private final Members members;
  private final UsageService usages;
  private final UsageStore store;
  private final Tenants tenants;

  BookingExtrasService(
      AddOns catalogue, Members members, UsageService usages, UsageStore store, Tenants tenants) {
    this.catalogue = catalogue;
    this.members = members;
    this.usages = usages;
    this.store = store;
    this.tenants = tenants;
  }

  /** An extra as checked: the service and how many. */
  private record Picked(AddOn service, BigDecimal quantity) {}

  @Override
  @Transactional(readOnly = true)
  public List<AddOn> offered() {
    return catalogue.list(AddOnStatus.ACTIVE).stream().filter(AddOn::offeredOnBookings).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<BookingExtra> price(UUID memberId, Instant at, List<ExtraChoice> extras) {
    List<Picked> picked = checked(extras, memberId);
    if (picked.isEmpty()) return List.of();
    Member member = member(memberId);
    String currency = tenants.current().currency();
    List<BookingExtra> priced = new ArrayList<>();
    for (Picked p : picked) {
      AddOn s = p.service();
      Split split = usages.preview(member, s, p.quantity(), at);
      priced.add(
          new BookingExtra(
              s.id(),
              s.code(),
              s.name(),
              s.unit(),
              p.quantity(),
              split.included(),
              s.price(),
              split.amount(),
              currency,
              null));
    }
    return priced;
  }

  @Override
  @Transactional
  public List<BookingExtra> record(
      UUID bookingId, UUID memberId, Instant at, List<ExtraChoice> extras) {
    List<Picked> picked = checked(extras, memberId);
    if (picked.isEmpty()) return List.of();
    Member member = member(memberId);
    Actor actor = Actor.current();
    for (Picked p : picked) {
      usages.record(
          new UsageService.Recording(
              UUID.randomUUID(),
              member,
              p.service(),
              p.quantity(),
              "",
              at,
              Source.BOOKING,
              actor.name(),
              actor.accountId(),
              null,
              bookingId));
    }
    return extrasOf(bookingId);
  }

  @Override
  @Transactional
  public List<BookingExtra> takeBack(UUID bookingId, String reason) {
    Actor actor = Actor.current();
    for (ServiceUsage row : store.ofBookings(List.of(bookingId))) {
      if (row.correction()) continue;
      // Locked, so that a staff correction of the same entry waits and then sees this one.
      ServiceUsage entry = store.findForUpdate(row.id()).orElseThrow();
      BigDecimal left = usages.left(entry);
      if (left.signum() > 0) usages.takeBack(entry, left, reason, actor);
    }
    return extrasOf(bookingId);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<UUID, List<BookingExtra>> of(Collection<UUID> bookingIds) {
    // Rows come as recorded: an entry before its corrections, which net into it.
    Map<UUID, ServiceUsage> entries = new LinkedHashMap<>();
    Map<UUID, Quantities> net = new HashMap<>();
    for (ServiceUsage u : store.ofBookings(bookingIds)) {
      Quantities q =
          new Quantities(u.quantity(), u.includedQuantity(), u.paidQuantity(), u.amount());
      if (u.correction()) {
        net.computeIfPresent(u.correctsId(), (id, n) -> n.plus(q));
      } else {
        entries.put(u.id(), u);
        net.put(u.id(), q);
      }
    }
    Map<UUID, List<BookingExtra>> byBooking = new LinkedHashMap<>();
    for (ServiceUsage u : entries.values()) {
      Quantities n = net.get(u.id());
      byBooking
          .computeIfAbsent(u.bookingId(), k -> new ArrayList<>())
          .add(
              new BookingExtra(
                  u.serviceId(),
                  u.serviceCode(),
                  u.serviceName(),
                  u.unit(),
                  n.quantity(),
                  n.included(),
                  u.unitPrice(),
                  n.amount(),
                  u.currency(),
                  u.id()));
    }
    return byBooking;
  }

  private List<BookingExtra> extrasOf(UUID bookingId) {
    return of(List.of(bookingId)).getOrDefault(bookingId, List.of());
  }

  /**
   * The extras as services of the catalogue offered on bookings, each once, 1 to 1000 of it; a 422
   * names the first that is not. Extras go on a member's usage: none for a guest (a 400).
   */
  private List<Picked> checked(List<ExtraChoice> extras, UUID memberId) {
    if (extras == null || extras.isEmpty()) return List.of();
    if (memberId == null) {
      throw new AtriumException(
          HttpStatus.BAD_REQUEST,
          "extras-need-a-member",
          "Extras are billed with a member's usage, so a walk-in guest's booking cannot have"
              + " them: book for a member, or leave the extras out.",
          List.of(new FieldProblem("extras", "only a member's booking can have extras")));
    }
    if (extras.size() > ExtraChoice.MAX_EXTRAS) {
      throw AtriumException.invalid(
          "extras", "at most " + ExtraChoice.MAX_EXTRAS + " extras on one booking");
    }
    List<Picked> picked = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < extras.size(); i++) {
      ExtraChoice e = extras.get(i);
      String field = "extras[" + i + "]";
      if (e == null) throw AtriumException.invalid(field, "is required");
      if (e.serviceCode() == null || e.serviceCode().isBlank()) {
        throw AtriumException.invalid(field + ".serviceCode", "is required");
      }
      if (e.quantity() == null || e.quantity() < 1 || e.quantity() > ExtraChoice.MAX_QUANTITY) {
        throw AtriumException.invalid(
            field + ".quantity", "must be between 1 and " + ExtraChoice.MAX_QUANTITY);
      }
      AddOn service =
          catalogue
              .findByCode(e.serviceCode())
              .filter(AddOn::offeredOnBookings)
              .orElseThrow(() -> notOffered(field + ".serviceCode", e.serviceCode()));
      if (!seen.add(service.id())) {
        throw AtriumException.invalid(
            field + ".serviceCode",
            "'" + service.code() + "' is given twice; give it once with the quantity wanted");
      }
      picked.add(new Picked(service, BigDecimal.valueOf(e.quantity())));
    }
    return picked;
  }

  private AtriumException notOffered(String field, String code) {
    String offered = offered().stream().map(AddOn::code).collect(Collectors.joining(", "));
    return AtriumException.invalid(
        field,
        "'"
            + code.strip()
            + "' is not an extra offered on bookings; choose one of: "
            + (offered.isEmpty() ? "(none yet)" : offered));
  }

  private Member member(UUID memberId) {
    return members
        .find(memberId)
        .orElseThrow(() -> AtriumException.invalid("memberId", "no such member"));
  }
}
