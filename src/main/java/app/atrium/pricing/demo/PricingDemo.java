package app.atrium.pricing.demo;

import app.atrium.platform.demo.DemoContributor;
import app.atrium.pricing.PriceRuleDraft;
import app.atrium.pricing.Pricing;
import app.atrium.pricing.RateUnit;
import app.atrium.pricing.RuleKind;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's price list (PRODUCT.md, "The demo's price list") as price rules of the spaces' demo
 * types. Runs after the plans (whose Resident and Office plans carry the −20 %) and before the demo
 * bookings, which are priced as they are made. Printing, coffee, parcels, lockers and guest passes
 * are services and plan extras, not booking prices: they are not here.
 */
@Component
@Order(35)
class PricingDemo implements DemoContributor {

  private final Pricing pricing;
  private final ResourceTypes types;
  private final Resources resources;

  PricingDemo(Pricing pricing, ResourceTypes types, Resources resources) {
    this.pricing = pricing;
    this.types = types;
    this.resources = resources;
  }

  @Override
  public void seed(DemoTenant tenant) {
    Map<String, UUID> type =
        types.list().stream().collect(Collectors.toMap(ResourceType::code, ResourceType::id));
    // Meeting rooms: 5 000/h on weekdays, 30 % less at weekends. The halls, which the price list
    // does not name, are priced as meeting rooms.
    for (String code : List.of("meeting-room", "hall")) {
      rate(type.get(code), null, "Тариф", "5000", RateUnit.HOUR, null, null);
      weekend(type.get(code));
    }
    // Event zone: 15 000/h from 10:00 to 16:00, 10 000/h otherwise.
    rate(type.get("event-zone"), null, "Тариф", "10000", RateUnit.HOUR, null, null);
    rate(type.get("event-zone"), null, "Прайм-тайм", "15000", RateUnit.HOUR, "10:00", "16:00");
    rate(type.get("studio"), null, "Тариф", "8000", RateUnit.HOUR, null, null);
    rate(type.get("phone-booth"), null, "Бесплатно для участников", "0", RateUnit.HOUR, null, null);
    rate(type.get("parking"), null, "Тариф", "1500", RateUnit.DAY, null, null);
    // "Projector with a room: 2 000 per booking": a rule of the projector itself.
    Map<String, UUID> byName =
        resources.list(tenant.locationId(), null, null).stream()
            .collect(Collectors.toMap(Resource::name, Resource::id, (a, b) -> a));
    UUID projector = byName.get("Проектор");
    if (projector != null) {
      rate(null, projector, "К переговорной", "2000", RateUnit.BOOKING, null, null);
    }
  }

  private void rate(
      UUID typeId,
      UUID resourceId,
      String label,
      String amount,
      RateUnit unit,
      String from,
      String to) {
    if (typeId == null && resourceId == null) return; // the spaces demo changed: skip, not fail
    pricing.createRule(
        new PriceRuleDraft(
            typeId,
            resourceId,
            RuleKind.RATE,
            label,
            new BigDecimal(amount),
            unit,
            null,
            null,
            from,
            to,
            null,
            null));
  }

  private void weekend(UUID typeId) {
    if (typeId == null) return;
    pricing.createRule(
        new PriceRuleDraft(
            typeId,
            null,
            RuleKind.ADJUSTMENT,
            "Выходные",
            null,
            null,
            new BigDecimal("-30"),
            List.of(6, 7),
            null,
            null,
            null,
            null));
  }
}
