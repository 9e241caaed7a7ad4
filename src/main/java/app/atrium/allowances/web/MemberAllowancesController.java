package app.atrium.allowances.web;

import app.atrium.allowances.Allowances;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.Memberships;
import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.Months;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The member card's included allowances: what is used and left this month, the ledger behind it,
 * and a correction with a reason. Loaded into the card by htmx, so members does not depend on it.
 */
@Controller
class MemberAllowancesController {

  private final Allowances allowances;
  private final Members members;
  private final Memberships memberships;
  private final Locations locations;
  private final Clock clock;

  MemberAllowancesController(
      Allowances allowances,
      Members members,
      Memberships memberships,
      Locations locations,
      Clock clock) {
    this.allowances = allowances;
    this.members = members;
    this.memberships = memberships;
    this.locations = locations;
    this.clock = clock;
  }

  @GetMapping("/staff/members/{memberId}/allowances")
  String show(
      @PathVariable UUID memberId, @RequestParam(required = false) String month, Model model) {
    Member member = members.get(memberId);
    return view(member, month(member, month), model);
  }

  @PostMapping("/staff/members/{memberId}/allowances/adjustments")
  String adjust(
      @PathVariable UUID memberId,
      @RequestParam(defaultValue = "") String month,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String delta,
      @RequestParam(defaultValue = "") String reason,
      HttpServletResponse response,
      Model model) {
    Member member = members.get(memberId);
    YearMonth period = month(member, month);
    try {
      allowances.adjust(member.id(), kind(kind), period, number(delta), reason);
    } catch (AtriumException e) {
      response.setStatus(e.status().value());
      model.addAttribute("adjustError", e.firstMessage());
      model.addAttribute("delta", delta);
      model.addAttribute("reason", reason);
    }
    return view(member, period, model);
  }

  private String view(Member member, YearMonth period, Model model) {
    model.addAttribute("member", member);
    model.addAttribute("month", period);
    model.addAttribute("balances", allowances.balances(member.id(), period));
    model.addAttribute("ledger", allowances.ledger(member.id(), period));
    model.addAttribute("kinds", AllowanceKind.values());
    return "allowances/member :: allowances";
  }

  /** The month asked for, else the current one at her home location. */
  private YearMonth month(Member member, String month) {
    Optional<YearMonth> asked = Months.read(month);
    if (asked.isPresent()) return asked.get();
    ZoneId zone =
        memberships.list(member.id(), null).stream()
            .findFirst()
            .flatMap(m -> locations.find(m.locationId()))
            .or(() -> locations.list().stream().findFirst())
            .map(Location::timeZone)
            .map(ZoneId::of)
            .orElse(ZoneId.of("UTC"));
    return YearMonth.now(clock.withZone(zone));
  }

  private static AllowanceKind kind(String kind) {
    try {
      return AllowanceKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw AtriumException.invalid("kind", "choose what to correct");
    }
  }

  private static BigDecimal number(String value) {
    try {
      return new BigDecimal(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw AtriumException.invalid("delta", "enter a number, e.g. 1 or -0.5");
    }
  }
}
