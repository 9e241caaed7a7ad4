package app.atrium.booking.web;

import app.atrium.booking.Availability;
import app.atrium.booking.Booking;
import app.atrium.booking.BookingQuery;
import app.atrium.booking.BookingStatus;
import app.atrium.booking.Bookings;
import app.atrium.booking.Channel;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypes;
import app.atrium.tenancy.Location;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front desk's day: every resource of a location by the hour, today's bookings with cancel
 * buttons, one resource's week, and a booking with its history. The day re-renders live.
 */
@Controller
class DeskTimelineController {

  private final Bookings bookings;
  private final ResourceTypes types;
  private final Places places;
  private final MessageSource messages;

  DeskTimelineController(
      Bookings bookings, ResourceTypes types, Places places, MessageSource messages) {
    this.bookings = bookings;
    this.types = types;
    this.places = places;
    this.messages = messages;
  }

  @GetMapping("/staff/bookings")
  String timeline(
      @RequestParam(required = false) UUID location,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) UUID type,
      Model model) {
    day(location, date, type, model);
    model.addAttribute("locations", places.all());
    model.addAttribute(
        "types", types.list().stream().filter(t -> t.bookable() && t.resources() > 0).toList());
    return "booking/timeline";
  }

  /** The live part of the day: re-fetched when a booking at the location changes. */
  @GetMapping("/staff/bookings/day")
  String dayFragment(
      @RequestParam(required = false) UUID location,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) UUID type,
      Model model) {
    day(location, date, type, model);
    return "booking/timeline :: day";
  }

  @GetMapping("/staff/bookings/resource/{id}")
  String week(
      @PathVariable UUID id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
      Model model) {
    Resource resource = places.existing(id);
    Location location = places.pick(resource.locationId());
    ZoneId zone = Places.zone(location);
    LocalDate monday = (week == null ? places.today(location) : week).with(DayOfWeek.MONDAY);
    int slot = types.find(resource.typeId()).map(ResourceType::slotMinutes).orElse(60);
    var sources = new ArrayList<Timeline.Source>();
    for (int i = 0; i < 7; i++) {
      LocalDate d = monday.plusDays(i);
      Availability a = bookings.availability(location.id(), d, resource.typeId());
      a.resources().stream()
          .filter(r -> r.resourceId().equals(id))
          .findFirst()
          .ifPresent(r -> sources.add(new Timeline.Source(d.toString(), d, r, slot)));
    }
    var held =
        bookings.list(
            new BookingQuery(
                location.id(),
                null,
                null,
                monday.atStartOfDay(zone).toInstant(),
                monday.plusDays(7).atStartOfDay(zone).toInstant(),
                BookingStatus.CONFIRMED,
                1000));
    model.addAttribute("resource", resource);
    model.addAttribute("location", location);
    model.addAttribute("monday", monday);
    model.addAttribute("timeline", Timeline.of(sources, byId(held), places.now(location)));
    return "booking/week";
  }

  @GetMapping("/staff/bookings/{id}")
  String detail(@PathVariable UUID id, Model model, Locale locale) {
    Booking booking = bookings.get(id);
    Location location = places.pick(booking.locationId());
    model.addAttribute("booking", booking);
    model.addAttribute(
        "extras",
        booking.extras().stream().map(e -> PriceView.extra(e, messages, locale)).toList());
    model.addAttribute("history", bookings.history(id));
    model.addAttribute("zone", Places.zone(location));
    return "booking/detail";
  }

  @PostMapping("/staff/bookings/{id}/cancel")
  String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
    Booking cancelled = bookings.cancel(id, Channel.DESK);
    Location location = places.pick(cancelled.locationId());
    redirect.addFlashAttribute("cancelled", cancelled.resourceName());
    return "redirect:/staff/bookings?location="
        + location.id()
        + "&date="
        + cancelled.start().atZone(Places.zone(location)).toLocalDate();
  }

  private void day(UUID locationId, LocalDate date, UUID type, Model model) {
    Location location = places.pick(locationId);
    ZoneId zone = Places.zone(location);
    LocalDate day = date == null ? places.today(location) : date;
    Availability a = bookings.availability(location.id(), day, type);
    Map<UUID, Integer> slots =
        types.list().stream()
            .collect(Collectors.toMap(ResourceType::id, ResourceType::slotMinutes, (x, y) -> x));
    var sources =
        a.resources().stream()
            .map(r -> new Timeline.Source(r.name(), day, r, slots.getOrDefault(r.typeId(), 60)))
            .toList();
    List<Booking> ofDay =
        bookings.list(
            new BookingQuery(
                location.id(),
                null,
                null,
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(),
                BookingStatus.CONFIRMED,
                1000));
    model.addAttribute("location", location);
    model.addAttribute("date", day);
    model.addAttribute("today", places.today(location));
    model.addAttribute("type", type);
    model.addAttribute("zone", zone);
    model.addAttribute("timeline", Timeline.of(sources, byId(ofDay), places.now(location)));
    model.addAttribute(
        "dayBookings",
        ofDay.stream()
            .filter(
                b ->
                    type == null
                        || a.resources().stream()
                            .anyMatch(r -> r.resourceId().equals(b.resourceId())))
            .sorted(Comparator.comparing(Booking::start))
            .toList());
  }

  private static Map<UUID, Booking> byId(List<Booking> list) {
    return list.stream().collect(Collectors.toMap(Booking::id, Function.identity(), (x, y) -> x));
  }
}
