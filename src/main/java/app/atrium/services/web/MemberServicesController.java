package app.atrium.services.web;

import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import app.atrium.services.AddOn;
import app.atrium.services.AddOnStatus;
import app.atrium.services.AddOns;
import app.atrium.services.CorrectionDraft;
import app.atrium.services.MemberCards;
import app.atrium.services.ServiceUsage;
import app.atrium.services.ServiceUsages;
import app.atrium.services.UsageDraft;
import app.atrium.tenancy.Locations;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Add service" on the member card: the month's usage (included vs paid, amounts), a form to add a
 * service, corrections with a reason, and her cards. The member card loads it with htmx, so the
 * members module knows only its URL; without htmx the same URLs answer a page of their own.
 */
@Controller
class MemberServicesController {

  private final Members members;
  private final ServiceUsages usages;
  private final AddOns catalogue;
  private final MemberCards cards;
  private final Locations locations;
  private final Clock clock;

  MemberServicesController(
      Members members,
      ServiceUsages usages,
      AddOns catalogue,
      MemberCards cards,
      Locations locations,
      Clock clock) {
    this.members = members;
    this.usages = usages;
    this.catalogue = catalogue;
    this.cards = cards;
    this.locations = locations;
    this.clock = clock;
  }

  @GetMapping("/staff/members/{memberId}/services")
  String show(
      @PathVariable UUID memberId,
      @RequestParam(required = false) String month,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpServletResponse response,
      Model model) {
    Member member = members.get(memberId);
    response.setHeader("Vary", "HX-Request");
    return view(member, month(member, month), htmx, model);
  }

  @PostMapping("/staff/members/{memberId}/services")
  String add(
      @PathVariable UUID memberId,
      @RequestParam(defaultValue = "") String serviceId,
      @RequestParam(defaultValue = "") String quantity,
      @RequestParam(defaultValue = "") String note,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpServletResponse response,
      Model model) {
    Member member = members.get(memberId);
    YearMonth month = usages.periodOf(member.id(), clock.instant());
    try {
      ServiceUsage added =
          usages.record(
              new UsageDraft(
                  member.id(),
                  serviceId(serviceId),
                  null,
                  Numbers.parse("quantity", quantity),
                  note,
                  null));
      month = added.period();
      model.addAttribute("addedId", added.id());
    } catch (AtriumException e) {
      refused(e, "addError", htmx, response, model);
      model.addAttribute("serviceId", serviceId);
      model.addAttribute("quantity", quantity);
      model.addAttribute("note", note);
    }
    return view(member, month, htmx, model);
  }

  @PostMapping("/staff/members/{memberId}/services/{usageId}/corrections")
  String correct(
      @PathVariable UUID memberId,
      @PathVariable UUID usageId,
      @RequestParam(defaultValue = "") String quantity,
      @RequestParam(defaultValue = "") String reason,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpServletResponse response,
      Model model) {
    Member member = members.get(memberId);
    ServiceUsage entry = usages.get(usageId);
    if (!entry.memberId().equals(member.id())) throw AtriumException.notFound("Usage", usageId);
    try {
      usages.correct(usageId, new CorrectionDraft(Numbers.parse("quantity", quantity), reason));
    } catch (AtriumException e) {
      refused(e, "correctionError", htmx, response, model);
      model.addAttribute("correcting", usageId);
      model.addAttribute("correctionQuantity", quantity);
      model.addAttribute("correctionReason", reason);
    }
    return view(member, entry.period(), htmx, model);
  }

  @PostMapping("/staff/members/{memberId}/cards")
  String giveCard(
      @PathVariable UUID memberId,
      @RequestParam(defaultValue = "") String cardId,
      @RequestParam(required = false) String month,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpServletResponse response,
      Model model) {
    Member member = members.get(memberId);
    try {
      cards.give(member.id(), cardId);
    } catch (AtriumException e) {
      refused(e, "cardError", htmx, response, model);
      model.addAttribute("cardId", cardId);
    }
    return view(member, month(member, month), htmx, model);
  }

  @PostMapping("/staff/members/{memberId}/cards/remove")
  String takeCard(
      @PathVariable UUID memberId,
      @RequestParam(defaultValue = "") String cardId,
      @RequestParam(required = false) String month,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpServletResponse response,
      Model model) {
    Member member = members.get(memberId);
    boolean hers = cards.of(member.id()).stream().anyMatch(c -> c.cardId().equals(cardId));
    if (!hers) throw AtriumException.notFound("Card", cardId);
    cards.take(cardId);
    return view(member, month(member, month), htmx, model);
  }

  private String view(Member member, YearMonth month, String htmx, Model model) {
    ZoneId zone = zone();
    List<AddOn> active = catalogue.list(AddOnStatus.ACTIVE);
    var locale = LocaleContextHolder.getLocale();
    model.addAttribute("member", member);
    model.addAttribute("month", month);
    model.addAttribute("thisMonth", usages.periodOf(member.id(), clock.instant()));
    model.addAttribute("usage", UsageView.of(usages.month(member.id(), month), zone, locale));
    model.addAttribute(
        "choices",
        active.stream()
            .map(
                s ->
                    new Choice(
                        s, UsageView.money(s.price(), Currency.getInstance(s.currency()), locale)))
            .toList());
    model.addAttribute("cards", cards.of(member.id()));
    return htmx != null ? "services/member :: usage" : "services/member";
  }

  /** A service to pick, with its price as people read it. */
  record Choice(AddOn service, String price) {}

  private YearMonth month(Member member, String month) {
    if (month != null && !month.isBlank()) {
      try {
        YearMonth m = YearMonth.parse(month.strip());
        if (m.getYear() >= 2000 && m.getYear() <= 2100) return m;
      } catch (DateTimeParseException e) {
        // not a month: show the current one
      }
    }
    return usages.periodOf(member.id(), clock.instant());
  }

  private static UUID serviceId(String id) {
    if (id == null || id.isBlank()) throw AtriumException.invalid("serviceId", "choose a service");
    try {
      return UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      throw AtriumException.invalid("serviceId", "choose a service");
    }
  }

  /** htmx swaps only successful answers; a page without it says by status what went wrong. */
  private static void refused(
      AtriumException e, String attribute, String htmx, HttpServletResponse response, Model model) {
    model.addAttribute(attribute, e.getMessage());
    if (htmx == null) response.setStatus(e.status().value());
  }

  /** Times are shown in the coworking's (first location's) time zone, as on the member card. */
  private ZoneId zone() {
    return locations.list().stream()
        .findFirst()
        .map(l -> ZoneId.of(l.timeZone()))
        .orElse(ZoneId.of("UTC"));
  }
}
