package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.pricing.PriceRule;
import app.atrium.pricing.PriceRuleDraft;
import app.atrium.pricing.Pricing;
import app.atrium.pricing.RateUnit;
import app.atrium.pricing.RuleKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** The price shown at booking is the price charged: quoted and frozen on the booking. */
class BookingPriceTest extends BookingFixture {

  @Autowired Pricing pricing;

  PriceRule listPrice;

  @BeforeEach
  void setUp() {
    setUpCoworking();
  }

  @Test
  void a_booking_carries_the_price_quoted_for_it_line_by_line() throws Exception {
    listPrice = rule(roomType(), RuleKind.RATE, "5000", null, null);

    var booked = book(roomA, weekday(10), weekday(12));

    assertThat(booked.getStatus()).isEqualTo(201);
    JsonNode price = body(booked).get("price");
    assertThat(price.get("total").decimalValue()).isEqualByComparingTo("10000");
    assertThat(price.get("currency").asText()).isEqualTo("KZT");
    assertThat(price.get("lines")).hasSize(1);
    assertThat(price.get("lines").get(0).get("label").asText()).startsWith("Hall A 10:00–12:00");
    assertThat(price.get("lines").get(0).get("ruleId").asText())
        .isEqualTo(listPrice.id().toString());
    JsonNode read = get("/api/v1/bookings/" + body(booked).get("id").asText());
    assertThat(read.get("price")).isEqualTo(price);
  }

  @Test
  void a_booking_keeps_its_price_when_the_price_list_changes_later() throws Exception {
    listPrice = rule(roomType(), RuleKind.RATE, "5000", null, null);
    String id = body(book(roomA, weekday(10), weekday(11))).get("id").asText();

    inTenant(
        t.tenantId(),
        () ->
            pricing.updateRule(
                listPrice.id(),
                new PriceRuleDraft(
                    roomType(),
                    null,
                    RuleKind.RATE,
                    "List",
                    new BigDecimal("9000"),
                    RateUnit.HOUR,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)));

    assertThat(get("/api/v1/bookings/" + id).get("price").get("total").decimalValue())
        .isEqualByComparingTo("5000");
    var later = book(roomB, weekday(10), weekday(11));
    assertThat(body(later).get("price").get("total").decimalValue()).isEqualByComparingTo("9000");
  }

  @Test
  void a_moved_booking_costs_what_its_new_time_costs() throws Exception {
    listPrice = rule(roomType(), RuleKind.RATE, "5000", null, null);
    rule(roomType(), RuleKind.ADJUSTMENT, null, new BigDecimal("-30"), List.of(6, 7));
    String id = body(book(roomA, weekday(10), weekday(11))).get("id").asText();

    var moved =
        post(
            "/api/v1/bookings/" + id + "/reschedule",
            Map.of("start", saturday(10).toString(), "end", saturday(11).toString()),
            t.bearer(),
            Map.of());

    assertThat(moved.getStatus()).isEqualTo(200);
    assertThat(body(moved).get("price").get("total").decimalValue()).isEqualByComparingTo("3500");
    assertThat(get("/api/v1/bookings/" + id).get("price").get("lines")).hasSize(2);
  }

  @Test
  void a_resource_without_price_rules_is_booked_free() throws Exception {
    var booked = book(roomA, weekday(10), weekday(11));

    JsonNode price = body(booked).get("price");
    assertThat(price.get("total").decimalValue()).isEqualByComparingTo("0");
    assertThat(price.get("lines")).isEmpty();
  }

  private java.util.UUID roomType() {
    return inTenant(t.tenantId(), () -> resources.get(roomA).typeId());
  }

  private PriceRule rule(
      java.util.UUID type, RuleKind kind, String amount, BigDecimal percent, List<Integer> days) {
    return inTenant(
        t.tenantId(),
        () ->
            pricing.createRule(
                new PriceRuleDraft(
                    type,
                    null,
                    kind,
                    kind == RuleKind.RATE ? "List" : "Weekend",
                    amount == null ? null : new BigDecimal(amount),
                    kind == RuleKind.RATE ? RateUnit.HOUR : null,
                    percent,
                    days,
                    null,
                    null,
                    null,
                    null)));
  }

  private JsonNode get(String path) throws Exception {
    return body(
        mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", t.bearer()))
            .andReturn()
            .getResponse());
  }

  /** Next week's Wednesday at {@code hour} in Almaty: always ahead, always a weekday. */
  private static Instant weekday(int hour) {
    return day(DayOfWeek.WEDNESDAY).atTime(hour, 0).atZone(ALMATY).toInstant();
  }

  private static Instant saturday(int hour) {
    return day(DayOfWeek.SATURDAY).atTime(hour, 0).atZone(ALMATY).toInstant();
  }

  private static LocalDate day(DayOfWeek dow) {
    return LocalDate.now(ALMATY).plusWeeks(1).with(TemporalAdjusters.nextOrSame(dow));
  }
}
