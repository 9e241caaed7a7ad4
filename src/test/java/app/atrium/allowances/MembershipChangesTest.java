package app.atrium.allowances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A freeze blocks booking on its days and takes its share of the hours; an upgrade adds. */
class MembershipChangesTest extends AllowanceFixture {

  @BeforeEach
  void setUp() throws Exception {
    setUpCoworking(1);
  }

  @Test
  void a_freeze_blocks_booking_on_its_days_only_and_reduces_the_month_grant() throws Exception {
    // The balance is written by a first booking: 1 h of 5.
    book(rooms.get(0), at(LocalDate.of(2027, 1, 5), 10), at(LocalDate.of(2027, 1, 5), 11));
    assertThat(roomHours().get("granted").decimalValue()).isEqualByComparingTo("5");

    // Frozen 11–20 January: 21 of 31 days left, 5 × 21 / 31 = 3.38 → 3 h.
    var freeze =
        send(
            "/api/v1/memberships/" + membership + "/freezes",
            Map.of("firstDay", "2027-01-11", "lastDay", "2027-01-20", "reason", "holiday"));
    assertThat(freeze.getStatus()).as(freeze.getContentAsString()).isIn(200, 201);
    assertThat(roomHours().get("granted").decimalValue()).isEqualByComparingTo("3");
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("1");

    LocalDate frozen = LocalDate.of(2027, 1, 12);
    var refused = book(rooms.get(0), at(frozen, 10), at(frozen, 11));
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(json.readTree(refused.getContentAsString()).get("type").asText())
        .endsWith("membership-frozen");
    LocalDate after = LocalDate.of(2027, 1, 21);
    assertThat(book(rooms.get(0), at(after, 10), at(after, 11)).getStatus()).isEqualTo(201);

    JsonNode ledger = getJson("/api/v1/allowances/ledger?memberId=" + member + "&month=2027-01");
    assertThat(ledger)
        .extracting(e -> e.get("entry").asText())
        .containsExactly("GRANT", "USE", "GRANT", "USE");
    assertThat(ledger.get(2).get("granted").decimalValue()).isEqualByComparingTo("-2");
  }

  @Test
  void a_freeze_never_takes_back_hours_already_used() throws Exception {
    LocalDate day = LocalDate.of(2027, 1, 5);
    book(rooms.get(0), at(day, 9), at(day, 13));
    // Frozen for the rest of the month: 4 of 31 days would grant 0.5 h, but 4 h are used.
    send(
        "/api/v1/memberships/" + membership + "/freezes",
        Map.of("firstDay", "2027-01-06", "lastDay", "2027-01-31"));
    assertThat(roomHours().get("granted").decimalValue()).isEqualByComparingTo("4");
    assertThat(roomHours().get("left").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void an_upgrade_adds_the_new_plans_hours_for_the_rest_of_the_month() throws Exception {
    var office = new java.util.LinkedHashMap<>(residentPlan());
    office.put("code", "OFFICE");
    office.put("name", "Office");
    office.put("price", 250000);
    office.put("workplace", "ANY_DESK");
    office.put("allowances", List.of(Map.of("kind", "MEETING_ROOM_HOURS", "quantity", 10)));
    UUID officePlan = UUID.fromString(postJson("/api/v1/plans", office).get("id").asText());
    LocalDate day = LocalDate.of(2027, 1, 5);
    book(rooms.get(0), at(day, 9), at(day, 11));

    // On 17 January (clock), the rest of the month is 15 of 31 days: 10 × 15 / 31 = 4.84 → 4.5 h.
    clock.setInstant(at(LocalDate.of(2027, 1, 17), 9));
    var upgraded =
        send("/api/v1/memberships/" + membership + "/upgrade", Map.of("planId", officePlan));
    assertThat(upgraded.getStatus()).as(upgraded.getContentAsString()).isIn(200, 201);
    JsonNode hours = roomHours();
    assertThat(hours.get("used").decimalValue()).isEqualByComparingTo("2");
    assertThat(hours.get("granted").decimalValue())
        .isGreaterThan(new java.math.BigDecimal("5"))
        .isLessThanOrEqualTo(new java.math.BigDecimal("10"));
    JsonNode entitlement =
        getJson("/api/v1/memberships/" + membership + "/entitlement?month=2027-01");
    assertThat(entitlement.toString())
        .contains(hours.get("granted").decimalValue().stripTrailingZeros().toPlainString());
  }
}
