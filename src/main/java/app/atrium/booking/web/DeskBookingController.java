package app.atrium.booking.web;

import app.atrium.booking.Booking;
import app.atrium.booking.BookingRequest;
import app.atrium.booking.Bookings;
import app.atrium.booking.Channel;
import app.atrium.members.Member;
import app.atrium.members.MemberQuery;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import app.atrium.pricing.Pricing;
import app.atrium.pricing.Quote;
import app.atrium.pricing.QuoteRequest;
import app.atrium.services.BookingExtras;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceStatus;
import app.atrium.spaces.Resources;
import app.atrium.tenancy.Location;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's booking form: a resource and a time from the timeline, for a member found by search or
 * a walk-in guest. A taken slot shows why and the free alternatives, each one click to book.
 */
@Controller
class DeskBookingController {

  static final int PICKER_SIZE = 8;

  private final Bookings bookings;
  private final Members members;
  private final Resources resources;
  private final Places places;
  private final Pricing pricing;
  private final BookingExtras extras;
  private final MessageSource messages;

  DeskBookingController(
      Bookings bookings,
      Members members,
      Resources resources,
      Places places,
      Pricing pricing,
      BookingExtras extras,
      MessageSource messages) {
    this.bookings = bookings;
    this.members = members;
    this.resources = resources;
    this.places = places;
    this.pricing = pricing;
    this.extras = extras;
    this.messages = messages;
  }

  /**
   * What the booking on the form would cost the member (or a guest), before it is confirmed: the
   * part her included hours cover first, then each extra ticked. Nothing while the form is
   * incomplete; an extra that would be refused says why.
   */
  @GetMapping("/staff/bookings/quote")
  String quote(@ModelAttribute("form") BookingForm form, Model model, Locale locale) {
    model.addAttribute("price", null);
    try {
      Resource resource = places.resource(form.resource());
      BookingRequest r = form.toRequest(places.zoneOf(resource));
      Quote q =
          pricing.quote(
              new QuoteRequest(r.resourceId(), r.memberId(), r.start(), r.end(), r.extras()));
      model.addAttribute("price", PriceView.of(q, messages, locale));
    } catch (AtriumException incomplete) {
      if (PriceView.aboutExtras(incomplete)) {
        model.addAttribute("extrasProblem", incomplete.getMessage());
      }
    }
    return "booking/form :: price";
  }

  @GetMapping("/staff/bookings/new")
  String form(@ModelAttribute("form") BookingForm form, Model model) {
    Location location = locationOf(form);
    if (form.getDate().isBlank()) form.setDate(places.today(location).toString());
    return page(form, location, model);
  }

  @PostMapping("/staff/bookings")
  String book(
      @ModelAttribute("form") BookingForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Location location = locationOf(form);
    try {
      Resource resource = places.resource(form.resource());
      ZoneId zone = places.zoneOf(resource);
      Booking booked = bookings.book(form.toRequest(zone), Channel.DESK);
      redirect.addFlashAttribute("booked", booked.id());
      redirect.addFlashAttribute("bookedText", booked.resourceName() + " · " + booked.holder());
      return "redirect:/staff/bookings?location="
          + booked.locationId()
          + "&date="
          + booked.start().atZone(zone).toLocalDate();
    } catch (AtriumException e) {
      response.setStatus(e.status().value());
      model.addAttribute("refusal", Refusal.of(e, Places.zone(location)));
      return page(form, location, model);
    }
  }

  /** The member picker's answer: up to a few active members matching name, email or phone. */
  @GetMapping("/staff/bookings/members")
  String memberOptions(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String memberId,
      Model model) {
    // The member already picked stays on offer while the desk searches on.
    var options = new java.util.ArrayList<Member>();
    Member picked = picked(memberId);
    if (picked != null) options.add(picked);
    search(q).stream()
        .filter(m -> picked == null || !m.id().equals(picked.id()))
        .forEach(options::add);
    model.addAttribute("options", options);
    model.addAttribute("form", formWithMember(memberId));
    return "booking/form :: memberOptions";
  }

  private String page(BookingForm form, Location location, Model model) {
    List<Resource> bookable =
        resources.list(location.id(), null, ResourceStatus.ACTIVE).stream().toList();
    model.addAttribute("location", location);
    model.addAttribute("resources", bookable);
    Resource chosen =
        bookable.stream()
            .filter(r -> r.id().toString().equals(form.getResourceId()))
            .findFirst()
            .orElse(null);
    model.addAttribute(
        "units",
        chosen != null && chosen.kind() == ResourceKind.CAPACITY
            ? resources.units(chosen.id())
            : List.of());
    model.addAttribute(
        "offeredExtras", ExtraOffer.of(extras.offered(), LocaleContextHolder.getLocale()));
    Member picked = picked(form.getMemberId());
    model.addAttribute("picked", picked);
    model.addAttribute("options", picked == null ? List.of() : List.of(picked));
    return "booking/form";
  }

  /** The location of the chosen resource, else the first one. */
  private Location locationOf(BookingForm form) {
    try {
      return places.pick(places.resource(form.resource()).locationId());
    } catch (AtriumException e) {
      return places.pick(null);
    }
  }

  private List<Member> search(String q) {
    String query = q.strip();
    if (query.isEmpty()) return List.of();
    if (query.length() > 200) query = query.substring(0, 200);
    return members.search(MemberQuery.active(query, PICKER_SIZE)).items();
  }

  private Member picked(String memberId) {
    try {
      return memberId == null || memberId.isBlank()
          ? null
          : members.find(UUID.fromString(memberId.strip())).orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static BookingForm formWithMember(String memberId) {
    var f = new BookingForm();
    f.setMemberId(memberId);
    return f;
  }
}
