package app.atrium.booking.web;

import app.atrium.booking.Availability;
import app.atrium.booking.Booking;
import app.atrium.booking.BookingQuery;
import app.atrium.booking.BookingStatus;
import app.atrium.booking.Bookings;
import app.atrium.booking.Channel;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.pricing.Pricing;
import app.atrium.pricing.Quote;
import app.atrium.pricing.QuoteRequest;
import app.atrium.services.BookingExtras;
import app.atrium.services.ExtraChoice;
import app.atrium.spaces.BookedBy;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypes;
import app.atrium.tenancy.Location;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The member's side: find a room free at a time and book it, her upcoming bookings, cancel one. The
 * free rooms re-render live when anyone books or cancels at her location.
 */
@Controller
class PortalBookingsController {

  private final Bookings bookings;
  private final Members members;
  private final ResourceTypes types;
  private final Places places;
  private final Pricing pricing;
  private final BookingExtras extras;
  private final MessageSource messages;
  private final Clock clock;

  PortalBookingsController(
      Bookings bookings,
      Members members,
      ResourceTypes types,
      Places places,
      Pricing pricing,
      BookingExtras extras,
      MessageSource messages,
      Clock clock) {
    this.bookings = bookings;
    this.members = members;
    this.types = types;
    this.places = places;
    this.pricing = pricing;
    this.extras = extras;
    this.messages = messages;
    this.clock = clock;
  }

  /** Free rooms at a time, each priced for her with the extras she ticked. */
  @GetMapping("/portal/book")
  String find(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
      @RequestParam(defaultValue = "60") int minutes,
      @ModelAttribute("form") BookingForm form,
      Model model) {
    return findPage(date, start, minutes, model);
  }

  /**
   * The live list of free rooms: re-fetched when a booking at the location changes, or when she
   * ticks an extra.
   */
  @GetMapping("/portal/book/rooms")
  String rooms(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
      @RequestParam(defaultValue = "60") int minutes,
      @ModelAttribute("form") BookingForm form,
      Model model) {
    findPage(date, start, minutes, model);
    return "booking/portal-find :: rooms";
  }

  @PostMapping("/portal/bookings")
  String book(
      @ModelAttribute("form") BookingForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Location location = places.pick(null);
    try {
      ZoneId zone = places.zoneOf(places.resource(form.resource()));
      // A member books for herself: the service fills in her card.
      form.setMemberId("");
      Booking booked = bookings.book(form.toRequest(zone), Channel.PORTAL);
      redirect.addFlashAttribute("booked", booked.id());
      return "redirect:/portal/bookings";
    } catch (AtriumException e) {
      response.setStatus(e.status().value());
      model.addAttribute("refusal", Refusal.of(e, Places.zone(location)));
      LocalDate date = parse(form::date);
      LocalTime start = parseTime(form.getStart());
      int minutes = parseMinutes(form.getMinutes());
      return findPage(date, start, minutes, model);
    }
  }

  @GetMapping("/portal/bookings")
  String mine(Model model) {
    Optional<Member> me = members.findByAccount(user().accountId());
    Location location = places.pick(null);
    model.addAttribute("member", me.orElse(null));
    model.addAttribute("zone", Places.zone(location));
    model.addAttribute(
        "upcoming",
        me.isEmpty()
            ? List.of()
            : bookings.list(
                new BookingQuery(
                    null, null, null, clock.instant(), null, BookingStatus.CONFIRMED, 200)));
    return "booking/portal-bookings";
  }

  @PostMapping("/portal/bookings/{id}/cancel")
  String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
    Booking cancelled = bookings.cancel(id, Channel.PORTAL);
    redirect.addFlashAttribute("cancelled", cancelled.resourceName());
    return "redirect:/portal/bookings";
  }

  private String findPage(LocalDate date, LocalTime start, int minutes, Model model) {
    Location location = places.pick(null);
    LocalDate day = date == null ? places.today(location) : date;
    LocalTime from = start == null ? nextHour(location) : start;
    int length = Math.max(15, Math.min(minutes, 12 * 60));
    Set<UUID> memberTypes =
        types.list().stream()
            .filter(t -> t.bookable() && t.bookedBy() == BookedBy.MEMBERS)
            .map(ResourceType::id)
            .collect(Collectors.toSet());
    Availability a = bookings.availability(location.id(), day, null);
    var bookable = a.resources().stream().filter(r -> memberTypes.contains(r.typeId())).toList();
    model.addAttribute("location", location);
    model.addAttribute("date", day);
    model.addAttribute("start", Timeline.hhmm(Timeline.minute(from, false)));
    model.addAttribute("minutes", length);
    model.addAttribute("bookable", bookable);
    List<FreeRooms> rooms = FreeRooms.at(bookable, from, length);
    model.addAttribute("rooms", rooms);
    boolean hasCard = members.findByAccount(user().accountId()).isPresent();
    model.addAttribute("hasCard", hasCard);
    if (!model.containsAttribute("form")) model.addAttribute("form", new BookingForm());
    BookingForm form = (BookingForm) model.getAttribute("form");
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "offeredExtras", hasCard ? ExtraOffer.of(extras.offered(), locale) : List.of());
    model.addAttribute(
        "roomsUrl", roomsUrl(day, Timeline.hhmm(Timeline.minute(from, false)), length, form));
    model.addAttribute(
        "prices", hasCard ? prices(rooms, location, day, from, length, form, model) : Map.of());
    return "booking/portal-find";
  }

  /** Where the live list of free rooms is re-fetched from: the same time, the same extras. */
  private static String roomsUrl(LocalDate day, String start, int minutes, ExtraPicks picks) {
    var url =
        UriComponentsBuilder.fromPath("/portal/book/rooms")
            .queryParam("date", day)
            .queryParam("start", start)
            .queryParam("minutes", minutes);
    picks
        .picked()
        .forEach(
            (code, quantity) ->
                url.queryParam("extra", code).queryParam("quantities[" + code + "]", quantity));
    return url.encode().build().toUriString();
  }

  /**
   * What each free room would cost her then, her included hours first, with the extras ticked; an
   * extra she cannot have is said once, and the rooms are priced without it.
   */
  private Map<UUID, PriceView> prices(
      List<FreeRooms> rooms,
      Location location,
      LocalDate day,
      LocalTime from,
      int minutes,
      ExtraPicks picks,
      Model model) {
    Instant start = day.atTime(from).atZone(Places.zone(location)).toInstant();
    Instant end = start.plusSeconds(60L * minutes);
    Locale locale = LocaleContextHolder.getLocale();
    List<ExtraChoice> asked;
    try {
      asked = picks.choices();
    } catch (AtriumException e) {
      model.addAttribute("extrasProblem", e.getMessage());
      asked = List.of();
    }
    Map<UUID, PriceView> prices = new HashMap<>();
    for (FreeRooms r : rooms) {
      Quote q;
      try {
        q = pricing.quote(new QuoteRequest(r.resourceId(), null, start, end, asked));
      } catch (AtriumException e) {
        if (asked.isEmpty() || !PriceView.aboutExtras(e)) {
          continue; // No price to show (e.g. outside the dates quotes cover): still bookable.
        }
        model.addAttribute("extrasProblem", e.getMessage());
        asked = List.of();
        try {
          q = pricing.quote(new QuoteRequest(r.resourceId(), null, start, end));
        } catch (AtriumException again) {
          continue;
        }
      }
      prices.put(r.resourceId(), PriceView.of(q, messages, locale));
    }
    return prices;
  }

  private LocalTime nextHour(Location location) {
    var now = places.now(location);
    int hour = Math.min(23, now.getHour() + 1);
    return LocalTime.of(hour, 0);
  }

  private static LocalDate parse(java.util.function.Supplier<LocalDate> date) {
    try {
      return date.get();
    } catch (AtriumException e) {
      return null;
    }
  }

  private static LocalTime parseTime(String time) {
    try {
      return LocalTime.parse(time.strip());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static int parseMinutes(String minutes) {
    try {
      return Integer.parseInt(minutes.strip());
    } catch (RuntimeException e) {
      return 60;
    }
  }

  private static AtriumUser user() {
    return TenantContext.currentUser()
        .orElseThrow(() -> new IllegalStateException("Not signed in"));
  }
}
