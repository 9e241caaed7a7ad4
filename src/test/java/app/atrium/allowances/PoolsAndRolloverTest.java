package app.atrium.allowances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A company's people share a pooled plan's hours; a rolling plan carries what is left over. */
class PoolsAndRolloverTest extends AllowanceFixture {

  @BeforeEach
  void setUp() throws Exception {
    setUpCoworking(3);
  }

  @Test
  void colleagues_on_a_pooled_plan_draw_on_one_company_balance() throws Exception {
    var office = new LinkedHashMap<>(residentPlan());
    office.put("code", "OFFICE");
    office.put("name", "Office");
    office.put("allowancePool", "COMPANY");
    office.put("allowances", List.of(Map.of("kind", "MEETING_ROOM_HOURS", "quantity", 3)));
    String officePlan = postJson("/api/v1/plans", office).get("id").asText();
    String company =
        postJson("/api/v1/companies", Map.of("name", "Steppe Labs")).get("id").asText();
    UUID[] people = new UUID[2];
    for (int i = 0; i < 2; i++) {
      people[i] =
          UUID.fromString(
              postJson(
                      "/api/v1/members", Map.of("firstName", "Colleague" + i, "companyId", company))
                  .get("id")
                  .asText());
      postJson(
          "/api/v1/memberships",
          Map.of(
              "memberId",
              people[i],
              "planId",
              officePlan,
              "locationId",
              t.locationId(),
              "startsOn",
              "2027-01-01"));
    }
    LocalDate day = LocalDate.of(2027, 1, 6);
    member = people[0];
    var first = json.readTree(book(rooms.get(0), at(day, 9), at(day, 13)).getContentAsString());
    // Both people's 3 h make a pool of 6: the first takes 4 of it.
    assertThat(first.get("price").get("included").get("hours").decimalValue())
        .isEqualByComparingTo("4");
    member = people[1];
    var second = json.readTree(book(rooms.get(1), at(day, 9), at(day, 12)).getContentAsString());
    assertThat(second.get("price").get("included").get("hours").decimalValue())
        .isEqualByComparingTo("2");
    JsonNode pool = roomHours();
    assertThat(pool.get("companyId").asText()).isEqualTo(company);
    assertThat(pool.get("granted").decimalValue()).isEqualByComparingTo("6");
    assertThat(pool.get("left").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void a_rolling_plan_carries_what_is_left_into_the_next_month() throws Exception {
    var rolling = new LinkedHashMap<>(residentPlan());
    rolling.put("code", "ROLLING");
    rolling.put("name", "Rolling");
    rolling.put("rollover", true);
    String plan = postJson("/api/v1/plans", rolling).get("id").asText();
    member =
        UUID.fromString(
            postJson("/api/v1/members", Map.of("firstName", "Roll")).get("id").asText());
    postJson(
        "/api/v1/memberships",
        Map.of(
            "memberId",
            member,
            "planId",
            plan,
            "locationId",
            t.locationId(),
            "startsOn",
            "2027-01-01"));
    LocalDate january = LocalDate.of(2027, 1, 6);
    book(rooms.get(0), at(january, 9), at(january, 11));
    // 3 h left of January come on top of February's 5.
    LocalDate february = LocalDate.of(2027, 2, 3);
    var booked =
        json.readTree(book(rooms.get(0), at(february, 9), at(february, 10)).getContentAsString());
    assertThat(booked.get("price").get("included").get("granted").decimalValue())
        .isEqualByComparingTo("8");
  }
}
