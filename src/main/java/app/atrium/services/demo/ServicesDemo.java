package app.atrium.services.demo;

import static app.atrium.plans.AllowanceKind.COFFEE;
import static app.atrium.plans.AllowanceKind.GUEST_PASSES;
import static app.atrium.plans.AllowanceKind.PRINTED_PAGES;

import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.Plan;
import app.atrium.plans.Plans;
import app.atrium.platform.demo.DemoContributor;
import app.atrium.services.AddOn;
import app.atrium.services.AddOnDraft;
import app.atrium.services.AddOnUnit;
import app.atrium.services.AddOns;
import app.atrium.services.Device;
import app.atrium.services.DeviceDraft;
import app.atrium.services.DeviceKind;
import app.atrium.services.DeviceReport;
import app.atrium.services.MemberCards;
import app.atrium.services.Metering;
import app.atrium.services.ServiceUsages;
import app.atrium.services.UsageDraft;
import app.atrium.services.application.DeviceService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's services (PRODUCT.md's price list, Russian names; a projector and coffee breaks
 * offered as booking extras), a card for Asel, a printer and a coffee machine whose reports staff
 * may simulate, and a little of this month's usage: Asel's prints and coffee, and one report with a
 * card nobody holds, waiting at the devices page.
 */
@Component
@Order(45)
public class ServicesDemo implements DemoContributor {

  /** Asel's card as the demo's devices read it; the simulator offers it. */
  public static final String ASEL_CARD = "04A1B2C3D4E5";

  static final String UNKNOWN_CARD = "GUEST-0042";

  private final AddOns catalogue;
  private final Plans plans;
  private final Members members;
  private final MemberCards cards;
  private final DeviceService devices;
  private final Metering metering;
  private final ServiceUsages usages;
  private final Clock clock;

  ServicesDemo(
      AddOns catalogue,
      Plans plans,
      Members members,
      MemberCards cards,
      DeviceService devices,
      Metering metering,
      ServiceUsages usages,
      Clock clock) {
    this.catalogue = catalogue;
    this.plans = plans;
    this.members = members;
    this.cards = cards;
    this.devices = devices;
    this.metering = metering;
    this.usages = usages;
    this.clock = clock;
  }

  @Override
  public void seed(DemoTenant tenant) {
    AddOn printing = add("PRINTING", "Печать", AddOnUnit.PAGE, "20", PRINTED_PAGES);
    AddOn coffee = add("COFFEE", "Кофе", AddOnUnit.PIECE, "0", COFFEE);
    AddOn premium = add("PREMIUM_COFFEE", "Премиум-кофе", AddOnUnit.PIECE, "300", null);
    add("PARCEL", "Приём посылки", AddOnUnit.PIECE, "500", null, "OFFICE", "VIRTUAL");
    add("COMPANY_REGISTRATION", "Регистрация компании", AddOnUnit.PIECE, "30000", null);
    add("PARKING", "Парковка на день", AddOnUnit.DAY, "1500", null);
    add("GUEST_PASS", "Гостевой пропуск на день", AddOnUnit.DAY, "5000", GUEST_PASSES);
    add("LOCKER", "Шкафчик", AddOnUnit.MONTH, "5000", null, "RESIDENT", "OFFICE");
    // Extras ticked on a booking: "Projector with a room: 2 000 per booking", and catering per
    // person (one piece a head).
    extra("PROJECTOR", "Проектор", AddOnUnit.BOOKING, "2000");
    extra("COFFEE_BREAK", "Кофе-брейк", AddOnUnit.PIECE, "1500");

    Device printer =
        devices
            .registerForDemo(
                new DeviceDraft(
                    "Принтер на ресепшене", DeviceKind.PRINTER, tenant.locationId(), printing.id()))
            .device();
    Device machine =
        devices
            .registerForDemo(
                new DeviceDraft(
                    "Кофемашина", DeviceKind.COFFEE_MACHINE, tenant.locationId(), coffee.id()))
            .device();

    Optional<Member> asel = members.findByEmail("asel@demo.atrium");
    if (asel.isEmpty()) return; // the members demo changed: no usage to show
    UUID aselId = asel.get().id();
    cards.give(aselId, ASEL_CARD);
    // Earlier today (or this month's first moments, on the 1st): her prints, coffee and a guest.
    Instant now = clock.instant();
    report(printer, ASEL_CARD, 12, earlier(aselId, now, Duration.ofHours(3)));
    report(machine, ASEL_CARD, 1, earlier(aselId, now, Duration.ofHours(2)));
    usages.record(
        new UsageDraft(
            aselId,
            premium.id(),
            null,
            BigDecimal.ONE,
            "",
            earlier(aselId, now, Duration.ofHours(1))));
    report(machine, UNKNOWN_CARD, 1, earlier(aselId, now, Duration.ofMinutes(30)));
  }

  private AddOn add(
      String code,
      String name,
      AddOnUnit unit,
      String price,
      AllowanceKind kind,
      String... includedIn) {
    Set<UUID> planIds = new LinkedHashSet<>();
    for (String plan : includedIn) plans.findByCode(plan).map(Plan::id).ifPresent(planIds::add);
    return catalogue.create(
        new AddOnDraft(code, name, unit, new BigDecimal(price), kind, planIds, null));
  }

  private void extra(String code, String name, AddOnUnit unit, String price) {
    catalogue.create(
        new AddOnDraft(code, name, unit, new BigDecimal(price), null, Set.of(), null, true));
  }

  private void report(Device device, String card, int quantity, Instant at) {
    metering.report(
        device.id(),
        new DeviceReport(
            card, null, BigDecimal.valueOf(quantity), "demo-" + UUID.randomUUID(), at));
  }

  /** {@code before} ago, but not before the month of now began for the member. */
  private Instant earlier(UUID memberId, Instant now, Duration before) {
    Instant at = now.minus(before);
    YearMonth month = usages.periodOf(memberId, now);
    return usages.periodOf(memberId, at).equals(month) ? at : now;
  }
}
