package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.plans.domain.PlanChanges;
import app.atrium.plans.domain.UpgradePreview;
import app.atrium.support.TestTenant;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

@RecordApplicationEvents
class MembershipLifecycleTest extends LifecycleTestSupport {

  @Autowired Memberships memberships;
  @Autowired Plans plans;
  @Autowired ApplicationEvents events;

  @Test
  void a_freeze_moves_a_fixed_terms_end_and_an_overlapping_freeze_is_refused() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-10");
    UUID asel = addMember(t, "Asel");
    var body = membership(asel, resident(t), t.locationId(), "2026-11-01");
    body.put("term", "MONTHS_3");
    body.put("prepaid", true);
    String id = start(t, body);
    assertThat(membershipJson(t, id).get("endsOn").asText()).isEqualTo("2027-01-31");

    postJson(
            t,
            "/api/v1/memberships/" + id + "/freezes",
            Map.of("firstDay", "2026-11-25", "lastDay", "2026-12-04", "reason", "holiday"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.days").value(10));
    JsonNode m = membershipJson(t, id);
    assertThat(m.get("endsOn").asText()).isEqualTo("2027-02-10");
    assertThat(m.get("freezes")).hasSize(1);

    postJson(
            t,
            "/api/v1/memberships/" + id + "/freezes",
            Map.of("firstDay", "2026-12-04", "lastDay", "2026-12-06"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("freeze-overlaps")));
    assertThat(membershipJson(t, id).get("endsOn").asText()).isEqualTo("2027-02-10");
    assertThat(rows(t, "membership_freeze")).isEqualTo(1);

    // The days right after are free to freeze; the end moves again.
    postJson(
            t,
            "/api/v1/memberships/" + id + "/freezes",
            Map.of("firstDay", "2026-12-05", "lastDay", "2026-12-06"))
        .andExpect(status().isCreated());
    assertThat(membershipJson(t, id).get("endsOn").asText()).isEqualTo("2027-02-12");
    assertThat(events.stream(MembershipChanged.class))
        .extracting(MembershipChanged::from)
        .contains(d("2026-11-25"), d("2026-12-05"));

    // The freeze cuts the fee and the allowances of both months.
    var nov =
        inTenant(t.tenantId(), () -> memberships.fee(UUID.fromString(id), YearMonth.of(2026, 11)));
    assertThat(nov.total().amount()).isEqualByComparingTo("74000.00"); // 24/30 × 85 000 + 6 × 1 000
    var dec =
        inTenant(
            t.tenantId(),
            () -> memberships.entitlement(UUID.fromString(id), YearMonth.of(2026, 12)));
    assertThat(dec.quantities())
        .containsEntry(AllowanceKind.MEETING_ROOM_HOURS, new BigDecimal("4.0")); // 25/31 × 5 h
    assertThat(inTenant(t.tenantId(), () -> memberships.frozenOn(asel, d("2026-12-01")))).isTrue();
    assertThat(inTenant(t.tenantId(), () -> memberships.frozenOn(asel, d("2026-12-07")))).isFalse();
  }

  @Test
  void refuses_bad_freezes_and_changes_nothing() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-10");
    UUID asel = addMember(t, "Asel");
    String id = start(t, membership(asel, resident(t), t.locationId(), "2026-11-01"));
    String path = "/api/v1/memberships/" + id + "/freezes";
    postJson(t, path, Map.of("firstDay", "2026-11-20", "lastDay", "2026-11-19"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("lastDay"));
    postJson(t, path, Map.of("firstDay", "2026-10-20", "lastDay", "2026-10-25"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("firstDay"));
    postJson(t, path, Map.of("firstDay", "2026-11-20", "lastDay", "2027-12-19"))
        .andExpect(status().isUnprocessableContent());
    postJson(t, path, Map.of("lastDay", "2026-11-19"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("firstDay"));
    postJson(t, path, Map.of("firstDay", "soon", "lastDay", "2026-11-19"))
        .andExpect(status().isBadRequest());
    postJson(
            t,
            "/api/v1/memberships/" + UUID.randomUUID() + "/freezes",
            Map.of("firstDay", "2026-11-20", "lastDay", "2026-11-21"))
        .andExpect(status().isNotFound());
    assertThat(rows(t, "membership_freeze")).isZero();
    assertThat(events.stream(MembershipChanged.class)).hasSize(1); // the start only
  }

  @Test
  void a_freeze_not_begun_can_be_taken_back_and_the_term_end_moves_back() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-10");
    var body = membership(addMember(t, "Asel"), resident(t), t.locationId(), "2026-11-01");
    body.put("term", "MONTHS_6");
    String id = start(t, body);
    String freeze =
        read(postJson(
                t,
                "/api/v1/memberships/" + id + "/freezes",
                Map.of("firstDay", "2026-11-20", "lastDay", "2026-11-29")))
            .get("id")
            .asText();
    assertThat(membershipJson(t, id).get("endsOn").asText()).isEqualTo("2027-05-10");
    mvc.perform(
            delete("/api/v1/memberships/" + id + "/freezes/" + freeze)
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isNoContent());
    assertThat(membershipJson(t, id).get("endsOn").asText()).isEqualTo("2027-04-30");
    today("2026-11-20");
    String begun =
        read(postJson(
                t,
                "/api/v1/memberships/" + id + "/freezes",
                Map.of("firstDay", "2026-11-20", "lastDay", "2026-11-21")))
            .get("id")
            .asText();
    mvc.perform(
            delete("/api/v1/memberships/" + id + "/freezes/" + begun)
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isConflict());
  }

  @Test
  void an_upgrade_mid_month_previews_what_the_pure_function_says_and_then_applies_it()
      throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    UUID asel = addMember(t, "Asel");
    String flex = flex(t);
    String resident = resident(t);
    String id = start(t, membership(asel, flex, t.locationId(), "2026-10-01"));

    JsonNode preview =
        read(
            postJson(
                    t, "/api/v1/memberships/" + id + "/upgrade-preview", Map.of("planId", resident))
                .andExpect(status().isOk()));
    UpgradePreview expected =
        inTenant(
            t.tenantId(),
            () ->
                PlanChanges.upgrade(
                    memberships.timeline(UUID.fromString(id)),
                    d("2026-11-16"),
                    plans.get(UUID.fromString(resident)),
                    plans.get(UUID.fromString(resident)).price()));
    assertThat(preview.get("total").decimalValue()).isEqualByComparingTo(expected.total().amount());
    assertThat(preview.get("total").decimalValue()).isEqualByComparingTo("20000");
    assertThat(preview.get("lines")).hasSize(expected.lines().size());
    for (int i = 0; i < expected.lines().size(); i++) {
      assertThat(preview.get("lines").get(i).get("amount").decimalValue())
          .isEqualByComparingTo(expected.lines().get(i).amount().amount());
      assertThat(preview.get("lines").get(i).get("kind").asText())
          .isEqualTo(expected.lines().get(i).kind().name());
    }
    assertThat(preview.get("remainingFrom").asText()).isEqualTo("2026-11-16");
    assertThat(preview.get("remainingTo").asText()).isEqualTo("2026-11-30");
    assertThat(preview.get("allowanceAdded").toString())
        .contains("\"kind\":\"MEETING_ROOM_HOURS\",\"quantity\":2.5");
    // A preview changes nothing.
    assertThat(membershipJson(t, id).get("planId").asText()).isEqualTo(flex);

    postJson(t, "/api/v1/memberships/" + id + "/upgrade", Map.of("planId", resident))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(20000.0));
    JsonNode m = membershipJson(t, id);
    assertThat(m.get("planId").asText()).isEqualTo(resident);
    assertThat(m.get("plans")).hasSize(2);
    assertThat(m.get("plans").get(0).get("endsOn").asText()).isEqualTo("2026-11-15");
    assertThat(events.stream(MembershipChanged.class))
        .extracting(MembershipChanged::from)
        .contains(d("2026-11-16"));

    // Entitlement: Flex's month stays granted, Resident adds its half.
    Entitlement nov =
        inTenant(
            t.tenantId(),
            () -> memberships.entitlement(UUID.fromString(id), YearMonth.of(2026, 11)));
    assertThat(nov.quantities())
        .containsEntry(AllowanceKind.MEETING_ROOM_HOURS, new BigDecimal("4.5"))
        .containsEntry(AllowanceKind.PRINTED_PAGES, new BigDecimal("100"));
    var fee =
        inTenant(t.tenantId(), () -> memberships.fee(UUID.fromString(id), YearMonth.of(2026, 11)));
    assertThat(fee.total().amount()).isEqualByComparingTo("65000");

    // The same plan again, or a cheaper one, is not an upgrade.
    postJson(t, "/api/v1/memberships/" + id + "/upgrade", Map.of("planId", resident))
        .andExpect(status().isUnprocessableContent());
    postJson(t, "/api/v1/memberships/" + id + "/upgrade", Map.of("planId", flex))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("planId"));
    assertThat(rows(t, "membership_plan")).isEqualTo(2);
  }

  @Test
  void entitlement_counts_a_freeze_and_an_upgrade_in_one_month() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-10");
    String flex = flex(t);
    String resident = resident(t);
    String id = start(t, membership(addMember(t, "Timur"), flex, t.locationId(), "2026-09-01"));
    postJson(
            t,
            "/api/v1/memberships/" + id + "/freezes",
            Map.of("firstDay", "2026-11-20", "lastDay", "2026-11-24"))
        .andExpect(status().isCreated());
    today("2026-11-16");
    postJson(t, "/api/v1/memberships/" + id + "/upgrade", Map.of("planId", resident))
        .andExpect(status().isOk());
    Entitlement nov =
        inTenant(
            t.tenantId(),
            () -> memberships.entitlement(UUID.fromString(id), YearMonth.of(2026, 11)));
    // Flex 25/30 → 1.5 h, 41 pages; Resident 10/30 → 1.5 h, 33 pages
    assertThat(nov.quantities())
        .containsEntry(AllowanceKind.MEETING_ROOM_HOURS, new BigDecimal("3.0"))
        .containsEntry(AllowanceKind.PRINTED_PAGES, new BigDecimal("74"))
        .containsEntry(AllowanceKind.COFFEE, null);
    assertThat(nov.pool()).isEqualTo(AllowancePool.MEMBER);
    Entitlement dec =
        inTenant(
            t.tenantId(),
            () -> memberships.entitlement(UUID.fromString(id), YearMonth.of(2026, 12)));
    assertThat(dec.quantities())
        .containsEntry(AllowanceKind.MEETING_ROOM_HOURS, new BigDecimal("5.0"));
  }

  @Test
  void a_downgrade_is_scheduled_for_the_next_month_and_can_be_taken_back() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    String flex = flex(t);
    String resident = resident(t);
    String id = start(t, membership(addMember(t, "Dana"), resident, t.locationId(), "2026-10-01"));

    postJson(t, "/api/v1/memberships/" + id + "/downgrade", Map.of("planId", flex))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.planId").value(resident))
        .andExpect(jsonPath("$.scheduledChange.startsOn").value("2026-12-01"))
        .andExpect(jsonPath("$.scheduledChange.planId").value(flex));
    assertThat(events.stream(MembershipChanged.class))
        .extracting(MembershipChanged::from)
        .contains(d("2026-12-01"));
    var dec =
        inTenant(
            t.tenantId(),
            () -> memberships.entitlement(UUID.fromString(id), YearMonth.of(2026, 12)));
    assertThat(dec.quantities())
        .containsEntry(AllowanceKind.MEETING_ROOM_HOURS, new BigDecimal("2.0"));
    var nov =
        inTenant(
            t.tenantId(),
            () -> memberships.entitlement(UUID.fromString(id), YearMonth.of(2026, 11)));
    assertThat(nov.quantities())
        .containsEntry(AllowanceKind.MEETING_ROOM_HOURS, new BigDecimal("5.0"));

    // On the 1st, the membership is on Flex.
    today("2026-12-01");
    assertThat(membershipJson(t, id).get("planId").asText()).isEqualTo(flex);
    today("2026-11-16");

    mvc.perform(
            delete("/api/v1/memberships/" + id + "/scheduled-change")
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scheduledChange").doesNotExist());
    mvc.perform(
            delete("/api/v1/memberships/" + id + "/scheduled-change")
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isConflict());
    // A dearer plan is not a downgrade.
    postJson(t, "/api/v1/memberships/" + id + "/downgrade", Map.of("planId", office(t)))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void cancelling_an_open_ended_membership_ends_it_at_the_months_end() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    UUID member = addMember(t, "Erlan");
    String flex = flex(t);
    String id = start(t, membership(member, flex, t.locationId(), "2026-10-01"));
    postJson(t, "/api/v1/memberships/" + id + "/cancel", Map.of("reason", "moving away"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.endsOn").value("2026-11-30"))
        .andExpect(jsonPath("$.cancelledAt").isNotEmpty());
    postJson(t, "/api/v1/memberships/" + id + "/cancel", null).andExpect(status().isConflict());
    assertThat(events.stream(MembershipChanged.class))
        .extracting(MembershipChanged::from)
        .contains(d("2026-12-01"));
    assertThat(inTenant(t.tenantId(), () -> memberships.activeOn(member, d("2026-11-30"))))
        .hasSize(1);
    assertThat(inTenant(t.tenantId(), () -> memberships.activeOn(member, d("2026-12-01"))))
        .isEmpty();

    String later = start(t, membership(member, flex, t.locationId(), "2026-11-01"));
    postJson(t, "/api/v1/memberships/" + later + "/cancel", Map.of("endsOn", "2026-12-15"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
    postJson(t, "/api/v1/memberships/" + later + "/cancel", Map.of("endsOn", "2027-01-31"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.endsOn").value("2027-01-31"));

    String future = start(t, membership(member, flex, t.locationId(), "2027-03-01"));
    postJson(t, "/api/v1/memberships/" + future + "/cancel", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ENDED"));
  }

  @Test
  void a_fixed_term_is_cancelled_at_its_end_or_earlier_and_renewed_term_by_term() throws Exception {
    TestTenant t = newTenant();
    today("2026-12-20");
    String resident = resident(t);
    var body = membership(addMember(t, "Aliya"), resident, t.locationId(), "2026-10-01");
    body.put("term", "MONTHS_3");
    body.put("autopay", true);
    String id = start(t, body);
    assertThat(membershipJson(t, id).get("autopay").asBoolean()).isTrue();
    var ending =
        inTenant(t.tenantId(), () -> memberships.endingBetween(d("2026-12-25"), d("2026-12-31")));
    assertThat(ending).extracting(m -> m.id().toString()).containsExactly(id);

    postJson(t, "/api/v1/memberships/" + id + "/renew", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.termStartsOn").value("2027-01-01"))
        .andExpect(jsonPath("$.endsOn").value("2027-03-31"));
    postJson(t, "/api/v1/memberships/" + id + "/renew", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("too-early")));
    assertThat(
            inTenant(
                t.tenantId(), () -> memberships.endingBetween(d("2026-12-25"), d("2026-12-31"))))
        .isEmpty();
    JsonNode history = read(getJson(t, "/api/v1/memberships/" + id + "/history"));
    assertThat(history.get(0).get("kind").asText()).isEqualTo("RENEWED");
    assertThat(history.get(0).get("firstDay").asText()).isEqualTo("2027-01-01");
    assertThat(history.get(0).get("actorName").asText()).isNotBlank();
    assertThat(history.get(1).get("kind").asText()).isEqualTo("STARTED");

    postJson(t, "/api/v1/memberships/" + id + "/cancel", Map.of("endsOn", "2027-04-30"))
        .andExpect(status().isUnprocessableContent());
    postJson(t, "/api/v1/memberships/" + id + "/cancel", Map.of("endsOn", "2027-02-14"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.endsOn").value("2027-02-14"));
    postJson(t, "/api/v1/memberships/" + id + "/renew", null).andExpect(status().isConflict());

    String open =
        start(t, membership(addMember(t, "Bota"), resident, t.locationId(), "2026-10-01"));
    postJson(t, "/api/v1/memberships/" + open + "/renew", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("not-fixed-term")));
  }

  @Test
  void a_day_pass_is_sold_for_today_once() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-23");
    UUID guest = addMember(t, "Guest");
    postJson(t, "/api/v1/memberships/day-pass", Map.of("memberId", guest.toString()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("no-day-plan")));
    String day = dayPlan(t);
    postJson(t, "/api/v1/memberships/day-pass", Map.of("memberId", guest.toString()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.planId").value(day))
        .andExpect(jsonPath("$.term").value("DAY"))
        .andExpect(jsonPath("$.startsOn").value("2026-11-23"))
        .andExpect(jsonPath("$.endsOn").value("2026-11-23"))
        .andExpect(jsonPath("$.price").value(5000.0));
    postJson(t, "/api/v1/memberships/day-pass", Map.of("memberId", guest.toString()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("day-pass-exists")));
    postJson(t, "/api/v1/memberships/day-pass", Map.of("memberId", UUID.randomUUID().toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("memberId"));
    assertThat(rows(t, "membership")).isEqualTo(1);
    today("2026-11-24");
    postJson(t, "/api/v1/memberships/day-pass", Map.of("memberId", guest.toString()))
        .andExpect(status().isCreated());
  }

  @Test
  void the_agreed_price_is_at_least_a_from_price_and_at_most_a_list_price() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    UUID member = addMember(t, "Damir");
    String office = office(t);
    var low = membership(member, office, t.locationId(), "2026-12-01");
    low.put("price", 200000);
    postJson(t, "/api/v1/memberships", low)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("price"));
    var custom = membership(member, office, t.locationId(), "2026-12-01");
    custom.put("price", 320000);
    custom.put("priceNote", "Office 2, 6 seats");
    String id = start(t, custom);
    assertThat(membershipJson(t, id).get("price").decimalValue()).isEqualByComparingTo("320000");
    assertThat(membershipJson(t, id).get("plans").get(0).get("priceNote").asText())
        .isEqualTo("Office 2, 6 seats");

    String resident = resident(t);
    var high = membership(member, resident, t.locationId(), "2026-12-01");
    high.put("price", 90000);
    postJson(t, "/api/v1/memberships", high)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("price"));
    var discount = membership(member, resident, t.locationId(), "2026-12-01");
    discount.put("price", 76500);
    discount.put("term", "MONTHS_12");
    discount.put("prepaid", true);
    discount.put("priceNote", "annual prepay −10 %");
    String annual = start(t, discount);
    var fee =
        inTenant(
            t.tenantId(), () -> memberships.fee(UUID.fromString(annual), YearMonth.of(2026, 12)));
    assertThat(fee.total().amount()).isEqualByComparingTo("76500");
    var prepaidOpen = membership(member, resident, t.locationId(), "2026-12-01");
    prepaidOpen.put("prepaid", true);
    postJson(t, "/api/v1/memberships", prepaidOpen)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("prepaid"));
    assertThat(rows(t, "membership")).isEqualTo(2);
  }

  @Test
  void add_ons_are_priced_or_included_by_the_plan_and_do_not_overlap() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    String resident = resident(t);
    String flex = flex(t);
    String asel =
        start(t, membership(addMember(t, "Asel"), resident, t.locationId(), "2026-11-01"));
    String timur = start(t, membership(addMember(t, "Timur"), flex, t.locationId(), "2026-11-01"));

    postJson(t, "/api/v1/memberships/" + asel + "/add-ons", Map.of("kind", "LOCKER"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.included").value(true))
        .andExpect(jsonPath("$.price").value(0.0));
    postJson(t, "/api/v1/memberships/" + asel + "/add-ons", Map.of("kind", "LOCKER", "price", 5000))
        .andExpect(status().isUnprocessableContent());
    postJson(t, "/api/v1/memberships/" + timur + "/add-ons", Map.of("kind", "LOCKER"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("price"));
    postJson(
            t,
            "/api/v1/memberships/" + timur + "/add-ons",
            Map.of("kind", "LOCKER", "price", 5000, "startsOn", "2026-11-16"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.included").value(false));
    postJson(
            t,
            "/api/v1/memberships/" + timur + "/add-ons",
            Map.of("kind", "LOCKER", "price", 5000, "startsOn", "2026-12-01"))
        .andExpect(status().isConflict());
    var fee =
        inTenant(
            t.tenantId(), () -> memberships.fee(UUID.fromString(timur), YearMonth.of(2026, 11)));
    assertThat(fee.total().amount()).isEqualByComparingTo("47500"); // 45 000 + 5 000 × 15/30

    String lockerId = membershipJson(t, timur).get("addOns").get(0).get("id").asText();
    postJson(t, "/api/v1/memberships/" + timur + "/add-ons/" + lockerId + "/end", null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.addOns[0].endsOn").value("2026-11-30"));
    assertThat(rows(t, "membership_addon")).isEqualTo(2);
  }

  @Test
  void a_desk_is_held_by_one_membership_at_a_time() throws Exception {
    TestTenant t = newTenant();
    today("2026-11-16");
    UUID desks = fixedDesks(t);
    List<UUID> units = inTenant(t.tenantId(), () -> resourcesApi.unitsOf(desks));
    String resident = resident(t);
    var first = membership(addMember(t, "Asel"), resident, t.locationId(), "2026-11-01");
    first.put("workspaceResourceId", desks.toString());
    first.put("workspaceUnitId", units.get(0).toString());
    String asel = start(t, first);
    assertThat(membershipJson(t, asel).get("workspaceUnitId").asText())
        .isEqualTo(units.get(0).toString());

    var second = membership(addMember(t, "Dana"), resident, t.locationId(), "2026-11-10");
    second.put("workspaceResourceId", desks.toString());
    second.put("workspaceUnitId", units.get(0).toString());
    postJson(t, "/api/v1/memberships", second)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("workspace-taken")));
    second.remove("workspaceUnitId");
    postJson(t, "/api/v1/memberships", second)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("workspaceUnitId"));
    second.put("workspaceUnitId", units.get(1).toString());
    start(t, second);
    var flexDesk = membership(addMember(t, "Erlan"), flex(t), t.locationId(), "2026-11-10");
    flexDesk.put("workspaceResourceId", desks.toString());
    flexDesk.put("workspaceUnitId", units.get(2).toString());
    postJson(t, "/api/v1/memberships", flexDesk)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("workspaceResourceId"));

    // Cancelled at the month's end, the desk is free from the 1st.
    postJson(t, "/api/v1/memberships/" + asel + "/cancel", null).andExpect(status().isOk());
    var next = membership(addMember(t, "Bota"), resident, t.locationId(), "2026-12-01");
    next.put("workspaceResourceId", desks.toString());
    next.put("workspaceUnitId", units.get(0).toString());
    start(t, next);
  }

  @Test
  void another_coworking_sees_none_of_the_new_rows() throws Exception {
    TestTenant t = newTenant();
    TestTenant other = newTenant();
    today("2026-11-16");
    String id =
        start(t, membership(addMember(t, "Asel"), resident(t), t.locationId(), "2026-11-01"));
    postJson(
            t,
            "/api/v1/memberships/" + id + "/freezes",
            Map.of("firstDay", "2026-11-20", "lastDay", "2026-11-22"))
        .andExpect(status().isCreated());
    postJson(t, "/api/v1/memberships/" + id + "/add-ons", Map.of("kind", "LOCKER"))
        .andExpect(status().isCreated());
    for (String table :
        List.of(
            "membership",
            "membership_plan",
            "membership_freeze",
            "membership_addon",
            "membership_event")) {
      assertThat(rows(t, table)).as(table).isPositive();
      assertThat(rows(other, table)).as(table + " of the other coworking").isZero();
    }
    getJson(other, "/api/v1/memberships/" + id + "/history").andExpect(status().isNotFound());
    getJson(other, "/api/v1/memberships/" + id + "/fee?month=2026-11")
        .andExpect(status().isNotFound());
    postJson(
            other,
            "/api/v1/memberships/" + id + "/freezes",
            Map.of("firstDay", "2026-11-25", "lastDay", "2026-11-26"))
        .andExpect(status().isNotFound());
    postJson(other, "/api/v1/memberships/" + id + "/cancel", null).andExpect(status().isNotFound());
    getJson(other, "/api/v1/memberships").andExpect(jsonPath("$", hasSize(0)));
    assertThat(rows(t, "membership_freeze")).isEqualTo(1);
    assertThat(membershipJson(t, id).has("cancelledAt")).isFalse();
  }

  @Autowired app.atrium.spaces.Resources resourcesApi;
  @Autowired app.atrium.spaces.ResourceTypes resourceTypes;

  private UUID fixedDesks(TestTenant t) {
    return inTenant(
        t.tenantId(),
        () -> {
          var type =
              resourceTypes.create(
                  new app.atrium.spaces.ResourceTypeDraft(
                      "Fixed desks",
                      "fixed-desk",
                      app.atrium.spaces.ResourceKind.CAPACITY,
                      true,
                      1440,
                      1440,
                      null,
                      app.atrium.spaces.BookedBy.STAFF_ONLY));
          return resourcesApi
              .create(
                  new app.atrium.spaces.ResourceDraft(
                      t.locationId(),
                      type.id(),
                      "Desks",
                      "",
                      5,
                      "1",
                      List.of(),
                      5,
                      "Desk",
                      List.of()))
              .id();
        });
  }
}
