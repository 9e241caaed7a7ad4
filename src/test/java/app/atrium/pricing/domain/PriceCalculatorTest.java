package app.atrium.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atrium.pricing.PriceRule;
import app.atrium.pricing.Quote;
import app.atrium.pricing.QuoteLine;
import app.atrium.pricing.RateUnit;
import app.atrium.pricing.RuleKind;
import app.atrium.pricing.domain.PriceCalculator.PlanDiscount;
import app.atrium.pricing.domain.PriceCalculator.Prospect;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  private static final Currency KZT = Currency.getInstance("KZT");
  private static final Locale RU = Locale.of("ru");
  private static final String NBSP = "\u00a0";
  // 2030-01-14 is a Monday, 2030-01-19 a Saturday.
  private static final LocalDate MONDAY = LocalDate.of(2030, 1, 14);
  private static final LocalDate FRIDAY = LocalDate.of(2030, 1, 18);
  private static final LocalDate SATURDAY = LocalDate.of(2030, 1, 19);
  private static final PlanDiscount RESIDENT = new PlanDiscount("Резидент", new BigDecimal("20"));

  private final UUID meetingRooms = UUID.randomUUID();
  private final UUID roomS = UUID.randomUUID();
  private final UUID roomM = UUID.randomUUID();
  private final AtomicLong created = new AtomicLong();
  private final List<PriceRule> rules = new ArrayList<>();

  // --- weekday and weekend ----------------------------------------------------------------------

  @Test
  void a_weekday_meeting_room_hour_costs_the_list_rate() {
    meetingRoomPriceList();

    Quote q = quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "12:00"), null);

    assertThat(q.total()).isEqualByComparingTo("5000");
    assertThat(q.currency()).isEqualTo("KZT");
    assertThat(q.lines()).extracting(QuoteLine::kind).containsExactly(QuoteLine.Kind.RATE);
  }

  @Test
  void a_weekend_hour_is_thirty_percent_less_and_says_so_on_its_own_line() {
    meetingRoomPriceList();

    Quote q = quote(roomS, at(SATURDAY, "11:00"), at(SATURDAY, "12:00"), null);

    assertThat(amounts(q)).containsExactly("5000.00", "-1500.00");
    assertThat(q.lines().get(1).label()).isEqualTo("Выходные −30%");
    assertThat(q.total()).isEqualByComparingTo("3500");
  }

  @Test
  void the_demo_residents_weekday_meeting_room_hour_is_4000_tenge() {
    meetingRoomPriceList();

    Quote q = quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "12:00"), RESIDENT);

    assertThat(amounts(q)).containsExactly("5000.00", "-1000.00");
    assertThat(q.lines().get(1).label()).isEqualTo("Резидент −20%");
    assertThat(q.lines().get(1).kind()).isEqualTo(QuoteLine.Kind.PLAN_DISCOUNT);
    assertThat(q.total()).isEqualByComparingTo("4000");
  }

  @Test
  void the_plan_discount_comes_last_and_takes_its_percentage_of_the_adjusted_price() {
    meetingRoomPriceList();

    Quote q = quote(roomS, at(SATURDAY, "11:00"), at(SATURDAY, "12:00"), RESIDENT);

    // 5 000 − 30 % = 3 500, then − 20 % of 3 500 = 700: 2 800, not 5 000 − 50 % = 2 500.
    assertThat(amounts(q)).containsExactly("5000.00", "-1500.00", "-700.00");
    assertThat(q.total()).isEqualByComparingTo("2800");
  }

  @Test
  void explains_each_line_in_the_tenants_language() {
    meetingRoomPriceList();

    Quote q = quote(roomS, "Зал А", at(SATURDAY, "14:00"), at(SATURDAY, "16:00"), RESIDENT, RU);

    assertThat(q.lines())
        .extracting(QuoteLine::label)
        .containsExactly(
            "Зал А 14:00–16:00: 2 ч × 5"
                + NBSP
                + "000"
                + NBSP
                + "₸ = 10"
                + NBSP
                + "000"
                + NBSP
                + "₸",
            "Выходные −30%",
            "Резидент −20%");
    assertThat(amounts(q)).containsExactly("10000.00", "-3000.00", "-1400.00");
    assertThat(q.total()).isEqualByComparingTo("5600");

    Quote en =
        quote(roomS, "Hall A", at(MONDAY, "14:00"), at(MONDAY, "15:30"), null, Locale.ENGLISH);
    assertThat(en.lines().getFirst().label())
        .isEqualTo("Hall A 14:00–15:30: 1.5 h × KZT" + NBSP + "5,000 = KZT" + NBSP + "7,500");
  }

  @Test
  void weekdays_are_those_of_the_location_not_of_utc() {
    meetingRoomPriceList();
    // 20:00 UTC on Friday is 01:00 on Saturday in Almaty (UTC+5).
    Instant start = Instant.parse("2030-01-18T20:00:00Z");

    Quote q = quote(roomS, start, start.plusSeconds(3600), null);

    assertThat(q.total()).isEqualByComparingTo("3500");
  }

  @Test
  void a_booking_from_friday_night_into_saturday_gets_the_weekend_discount_for_saturday_only() {
    meetingRoomPriceList();

    Quote q = quote(roomS, at(FRIDAY, "23:00"), at(SATURDAY, "01:00"), null);

    // One rate line for the two hours (same rate), the discount on Saturday's hour only.
    assertThat(amounts(q)).containsExactly("10000.00", "-1500.00");
    assertThat(q.lines().getFirst().label())
        .startsWith("Переговорная 18.01 23:00 – 19.01 01:00: 2 ч");
  }

  // --- time-of-day bands
  // --------------------------------------------------------------------------

  @Test
  void the_event_zone_costs_more_in_prime_time_than_outside_it() {
    eventZonePriceList();

    assertThat(quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "12:00"), null).total())
        .isEqualByComparingTo("15000");
    assertThat(quote(roomS, at(MONDAY, "17:00"), at(MONDAY, "18:00"), null).total())
        .isEqualByComparingTo("10000");
    assertThat(quote(roomS, at(MONDAY, "09:00"), at(MONDAY, "10:00"), null).total())
        .isEqualByComparingTo("10000");
    // The band ends at 16:00 exclusive.
    assertThat(quote(roomS, at(MONDAY, "16:00"), at(MONDAY, "17:00"), null).total())
        .isEqualByComparingTo("10000");
  }

  @Test
  void a_booking_across_a_band_edge_is_split_into_one_line_per_rate() {
    eventZonePriceList();

    Quote q = quote(roomS, "Ивент-зона", at(MONDAY, "15:00"), at(MONDAY, "17:30"), null, RU);

    assertThat(amounts(q)).containsExactly("15000.00", "15000.00");
    assertThat(q.lines().get(0).label()).startsWith("Ивент-зона 15:00–16:00: 1 ч × 15");
    assertThat(q.lines().get(1).label()).startsWith("Ивент-зона 16:00–17:30: 1,5 ч × 10");
    assertThat(q.lines()).extracting(QuoteLine::quantity).containsExactly(bd("1"), bd("1.5"));
    assertThat(q.total()).isEqualByComparingTo("30000");
  }

  @Test
  void a_booking_spanning_the_whole_band_has_three_lines() {
    eventZonePriceList();

    Quote q = quote(roomS, at(MONDAY, "09:00"), at(MONDAY, "18:00"), null);

    assertThat(amounts(q)).containsExactly("10000.00", "90000.00", "20000.00");
    assertThat(q.total()).isEqualByComparingTo("120000");
  }

  @Test
  void a_surcharge_in_a_band_adds_to_the_price() {
    rate(meetingRooms, null, "5000", RateUnit.HOUR);
    adjustment(meetingRooms, null, "Утро", "20", null, "10:00", "12:00", null, null);

    Quote q = quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "13:00"), null);

    assertThat(amounts(q)).containsExactly("10000.00", "1000.00");
    assertThat(q.lines().get(1).label()).isEqualTo("Утро +20%");
  }

  // --- per-day and per-booking rates
  // --------------------------------------------------------------

  @Test
  void a_day_rate_is_charged_for_every_calendar_day_the_booking_touches() {
    UUID parking = UUID.randomUUID();
    rate(parking, null, "1500", RateUnit.DAY);

    Quote oneDay = quote(roomS, parking, at(MONDAY, "00:00"), at(MONDAY.plusDays(1), "00:00"));
    Quote twoDays = quote(roomS, parking, at(MONDAY, "00:00"), at(MONDAY.plusDays(2), "00:00"));
    Quote overnight = quote(roomS, parking, at(MONDAY, "18:00"), at(MONDAY.plusDays(1), "09:00"));

    assertThat(oneDay.total()).isEqualByComparingTo("1500");
    assertThat(twoDays.total()).isEqualByComparingTo("3000");
    assertThat(twoDays.lines().getFirst().label())
        .isEqualTo(
            "Переговорная 14.01–15.01: 2 дн. × 1"
                + NBSP
                + "500"
                + NBSP
                + "₸ = 3"
                + NBSP
                + "000"
                + NBSP
                + "₸");
    assertThat(overnight.total()).isEqualByComparingTo("3000");
  }

  @Test
  void a_day_rate_is_adjusted_on_the_days_its_adjustment_holds() {
    UUID parking = UUID.randomUUID();
    rate(parking, null, "1500", RateUnit.DAY);
    adjustment(parking, null, "Выходные", "-30", List.of(6, 7), null, null, null, null);

    Quote q = quote(roomS, parking, at(FRIDAY, "00:00"), at(FRIDAY.plusDays(3), "00:00"));

    // Friday, Saturday, Sunday: 4 500, less 30 % of the two weekend days.
    assertThat(amounts(q)).containsExactly("4500.00", "-900.00");
  }

  @Test
  void a_booking_rate_is_charged_once_however_long_the_booking() {
    UUID equipment = UUID.randomUUID();
    rate(equipment, null, "2000", RateUnit.BOOKING);

    Quote shortOne = quote(roomS, equipment, at(MONDAY, "10:00"), at(MONDAY, "10:30"));
    Quote longOne = quote(roomS, equipment, at(MONDAY, "10:00"), at(MONDAY.plusDays(2), "18:00"));

    assertThat(shortOne.total()).isEqualByComparingTo("2000");
    assertThat(longOne.total()).isEqualByComparingTo("2000");
    assertThat(longOne.lines()).hasSize(1);
    assertThat(shortOne.lines().getFirst().label())
        .isEqualTo("Переговорная 10:00–10:30: 2" + NBSP + "000" + NBSP + "₸ за бронирование");
  }

  // --- promotions
  // ---------------------------------------------------------------------------------

  @Test
  void a_promotion_rate_applies_on_the_days_of_its_range_inclusive_and_not_outside() {
    meetingRoomPriceList();
    rate(meetingRooms, null, "4500", RateUnit.HOUR, null, null, null, "2030-12-01", "2030-12-31");

    assertThat(hourOn(LocalDate.of(2030, 11, 29))).isEqualByComparingTo("5000");
    assertThat(hourOn(LocalDate.of(2030, 12, 2))).isEqualByComparingTo("4500");
    assertThat(hourOn(LocalDate.of(2030, 12, 31))).isEqualByComparingTo("4500");
    assertThat(hourOn(LocalDate.of(2031, 1, 2))).isEqualByComparingTo("5000");
  }

  @Test
  void a_promotion_discount_adds_to_the_weekend_discount_within_its_range_only() {
    meetingRoomPriceList();
    adjustment(meetingRooms, null, "Новый год", "-10", null, null, null, "2030-12-28", null);

    Quote before = quote(roomS, at(LocalDate.of(2030, 12, 21), "11:00"), hour(2030, 12, 21), null);
    Quote within = quote(roomS, at(LocalDate.of(2030, 12, 28), "11:00"), hour(2030, 12, 28), null);

    assertThat(amounts(before)).containsExactly("5000.00", "-1500.00");
    assertThat(amounts(within)).containsExactly("5000.00", "-1500.00", "-500.00");
    assertThat(within.total()).isEqualByComparingTo("3000");
  }

  @Test
  void a_dated_rate_beats_a_banded_one_and_a_banded_one_an_all_day_one() {
    eventZonePriceList();
    rate(meetingRooms, null, "7000", RateUnit.HOUR, null, null, null, "2030-01-14", "2030-01-14");

    assertThat(quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "12:00"), null).total())
        .isEqualByComparingTo("7000");
    assertThat(
            quote(roomS, at(MONDAY.plusDays(1), "11:00"), at(MONDAY.plusDays(1), "12:00"), null)
                .total())
        .isEqualByComparingTo("15000");
  }

  // --- resource over type
  // -------------------------------------------------------------------------

  @Test
  void a_resource_rate_overrides_its_types_rate_for_that_resource_only() {
    meetingRoomPriceList();
    rate(null, roomM, "6000", RateUnit.HOUR);

    assertThat(quote(roomM, at(MONDAY, "11:00"), at(MONDAY, "12:00"), null).total())
        .isEqualByComparingTo("6000");
    assertThat(quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "12:00"), null).total())
        .isEqualByComparingTo("5000");
  }

  @Test
  void a_resource_adjustment_replaces_its_types_adjustments_where_it_holds() {
    meetingRoomPriceList();
    adjustment(null, roomM, "Выходные M", "-50", List.of(6, 7), null, null, null, null);

    Quote m = quote(roomM, at(SATURDAY, "11:00"), at(SATURDAY, "12:00"), null);
    Quote s = quote(roomS, at(SATURDAY, "11:00"), at(SATURDAY, "12:00"), null);

    assertThat(amounts(m)).containsExactly("5000.00", "-2500.00");
    assertThat(amounts(s)).containsExactly("5000.00", "-1500.00");
  }

  @Test
  void rules_of_other_types_and_resources_are_ignored() {
    rate(UUID.randomUUID(), null, "9999", RateUnit.HOUR);
    rate(null, UUID.randomUUID(), "8888", RateUnit.HOUR);

    Quote q = quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "12:00"), RESIDENT);

    assertThat(q.lines()).isEmpty();
    assertThat(q.total()).isEqualByComparingTo("0");
  }

  // --- free, and never below zero
  // -----------------------------------------------------------------

  @Test
  void a_rate_of_zero_is_free_and_says_so_and_gets_no_plan_discount_line() {
    rate(meetingRooms, null, "0", RateUnit.HOUR);

    Quote q = quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "12:00"), RESIDENT);

    assertThat(amounts(q)).containsExactly("0.00");
    assertThat(q.total()).isEqualByComparingTo("0");
  }

  @Test
  void adjustments_never_take_the_price_below_zero() {
    rate(meetingRooms, null, "5000", RateUnit.HOUR);
    adjustment(meetingRooms, null, "Акция", "-70", null, null, null, null, null);
    adjustment(meetingRooms, null, "Ещё акция", "-50", null, null, null, null, null);

    Quote q = quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "12:00"), RESIDENT);

    assertThat(amounts(q)).containsExactly("5000.00", "-3500.00", "-1500.00");
    assertThat(q.total()).isEqualByComparingTo("0");
  }

  // --- rounding
  // -----------------------------------------------------------------------------------

  @Test
  void each_line_is_rounded_half_up_to_the_minor_unit_and_the_total_is_their_sum() {
    rate(meetingRooms, null, "1000", RateUnit.HOUR);

    // 20 minutes of 1 000/h is 333.333… → 333.33; 20 % of that is 66.666… → 66.67.
    Quote q = quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "11:20"), RESIDENT);

    assertThat(amounts(q)).containsExactly("333.33", "-66.67");
    assertThat(q.total()).isEqualByComparingTo("266.66");
    assertThat(q.lines().getFirst().label()).contains("20 мин × 1" + NBSP + "000" + NBSP + "₸/ч");
  }

  @Test
  void an_exact_half_of_the_minor_unit_rounds_up() {
    rate(meetingRooms, null, "1000.01", RateUnit.HOUR);

    // 30 minutes of 1 000.01/h is exactly 500.005.
    assertThat(quote(roomS, at(MONDAY, "11:00"), at(MONDAY, "11:30"), null).total())
        .isEqualByComparingTo("500.01");
    rules.clear();
    rate(meetingRooms, null, "1000", RateUnit.HOUR);
    assertThat(
            PriceCalculator.quote(
                    prospect(roomS, meetingRooms, at(MONDAY, "11:00"), at(MONDAY, "11:33")),
                    rules,
                    null,
                    KZT,
                    RU)
                .total())
        .isEqualByComparingTo("550.00");
  }

  @Test
  void a_currency_without_minor_unit_rounds_to_whole_amounts() {
    rate(meetingRooms, null, "1001", RateUnit.HOUR);

    Quote q =
        PriceCalculator.quote(
            prospect(roomS, meetingRooms, at(MONDAY, "11:00"), at(MONDAY, "11:30")),
            rules,
            null,
            Currency.getInstance("JPY"),
            Locale.ENGLISH);

    assertThat(q.total()).isEqualByComparingTo("501"); // 500.5 rounds up
    assertThat(q.total().scale()).isZero();
  }

  // --- what it refuses
  // ----------------------------------------------------------------------------

  @Test
  void refuses_a_booking_that_ends_before_it_starts_or_lasts_more_than_a_year() {
    Instant t = at(MONDAY, "11:00");
    assertThatThrownBy(() -> prospect(roomS, meetingRooms, t, t))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> prospect(roomS, meetingRooms, t, t.minusSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> prospect(roomS, meetingRooms, t, t.plusSeconds(367L * 86400)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  /** The demo's meeting rooms: 5 000/h, 30 % less at weekends. */
  private void meetingRoomPriceList() {
    rate(meetingRooms, null, "5000", RateUnit.HOUR);
    adjustment(meetingRooms, null, "Выходные", "-30", List.of(6, 7), null, null, null, null);
  }

  /** The demo's event zone: 15 000/h 10:00–16:00, 10 000/h otherwise. */
  private void eventZonePriceList() {
    rate(meetingRooms, null, "10000", RateUnit.HOUR);
    rate(meetingRooms, null, "15000", RateUnit.HOUR, null, "10:00", "16:00", null, null);
  }

  private BigDecimal hourOn(LocalDate day) {
    return quote(roomS, at(day, "11:00"), at(day, "12:00"), null).total();
  }

  private static Instant hour(int y, int m, int d) {
    return at(LocalDate.of(y, m, d), "12:00");
  }

  private void rate(UUID type, UUID resource, String amount, RateUnit unit) {
    rate(type, resource, amount, unit, null, null, null, null, null);
  }

  private void rate(
      UUID type,
      UUID resource,
      String amount,
      RateUnit unit,
      List<Integer> weekdays,
      String from,
      String to,
      String validFrom,
      String validTo) {
    rules.add(
        rule(
            type,
            resource,
            RuleKind.RATE,
            "Тариф",
            bd(amount),
            unit,
            null,
            weekdays,
            from,
            to,
            validFrom,
            validTo));
  }

  private void adjustment(
      UUID type,
      UUID resource,
      String label,
      String percent,
      List<Integer> weekdays,
      String from,
      String to,
      String validFrom,
      String validTo) {
    rules.add(
        rule(
            type,
            resource,
            RuleKind.ADJUSTMENT,
            label,
            null,
            null,
            bd(percent),
            weekdays,
            from,
            to,
            validFrom,
            validTo));
  }

  private PriceRule rule(
      UUID type,
      UUID resource,
      RuleKind kind,
      String label,
      BigDecimal amount,
      RateUnit unit,
      BigDecimal percent,
      List<Integer> weekdays,
      String from,
      String to,
      String validFrom,
      String validTo) {
    return new PriceRule(
        UUID.randomUUID(),
        resource == null ? type : null,
        resource,
        kind,
        label,
        amount,
        unit,
        percent,
        weekdays,
        from == null ? null : LocalTime.parse(from),
        to == null ? null : LocalTime.parse(to),
        validFrom == null ? null : LocalDate.parse(validFrom),
        validTo == null ? null : LocalDate.parse(validTo),
        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(created.incrementAndGet()));
  }

  private Quote quote(UUID resource, Instant start, Instant end, PlanDiscount plan) {
    return quote(resource, "Переговорная", start, end, plan, RU);
  }

  private Quote quote(UUID resource, UUID type, Instant start, Instant end) {
    return PriceCalculator.quote(prospect(resource, type, start, end), rules, null, KZT, RU);
  }

  private Quote quote(
      UUID resource, String name, Instant start, Instant end, PlanDiscount plan, Locale locale) {
    Prospect p = new Prospect(resource, meetingRooms, name, start, end, ALMATY);
    Quote q = PriceCalculator.quote(p, rules, plan, KZT, locale);
    BigDecimal sum =
        q.lines().stream().map(QuoteLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(q.total()).as("total is the sum of the lines").isEqualByComparingTo(sum);
    return q;
  }

  private static Prospect prospect(UUID resource, UUID type, Instant start, Instant end) {
    return new Prospect(resource, type, "Переговорная", start, end, ALMATY);
  }

  private static Instant at(LocalDate day, String time) {
    return LocalDateTime.of(day, LocalTime.parse(time)).atZone(ALMATY).toInstant();
  }

  private static List<String> amounts(Quote q) {
    return q.lines().stream().map(l -> l.amount().toPlainString()).toList();
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
