package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.platform.security.Role;
import app.atrium.support.TestTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class PlansApiTest extends PlansTestSupport {

  @Test
  void creates_a_plan_with_its_allowances_extras_and_rights() throws Exception {
    TestTenant t = newTenant();
    JsonNode plan = createPlan(t, residentBody());

    mvc.perform(
            get("/api/v1/plans/" + plan.get("id").asText())
                .header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("RESIDENT"))
        .andExpect(jsonPath("$.name").value("Resident"))
        .andExpect(jsonPath("$.price").value(85000.00))
        .andExpect(jsonPath("$.currency").value("KZT"))
        .andExpect(jsonPath("$.priceFrom").value(false))
        .andExpect(jsonPath("$.period").value("MONTH"))
        .andExpect(jsonPath("$.workplace").value("FIXED_DESK"))
        .andExpect(jsonPath("$.allowances", hasSize(3)))
        .andExpect(jsonPath("$.allowances[0].kind").value("MEETING_ROOM_HOURS"))
        .andExpect(jsonPath("$.allowances[0].quantity").value(5))
        .andExpect(jsonPath("$.allowances[0].unlimited").value(false))
        .andExpect(jsonPath("$.allowances[2].kind").value("COFFEE"))
        .andExpect(jsonPath("$.allowances[2].unlimited").value(true))
        .andExpect(jsonPath("$.allowances[2].quantity").doesNotExist())
        .andExpect(jsonPath("$.extras[0]").value("LOCKER"))
        .andExpect(jsonPath("$.bookingDiscountPercent").value(20))
        .andExpect(jsonPath("$.locationAccess").value("HOME"))
        .andExpect(jsonPath("$.accessSchedule").value("OPENING_HOURS"))
        .andExpect(jsonPath("$.freezeFeePerDay").value(0))
        .andExpect(jsonPath("$.canBookDesks").value(true))
        .andExpect(jsonPath("$.canBookRooms").value(true))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.sortOrder").value(10));
  }

  @Test
  void a_plans_allowances_feed_the_member_unless_pooled_by_the_company_and_may_roll_over()
      throws Exception {
    TestTenant t = newTenant();
    JsonNode plain = createPlan(t, residentBody());
    assertThat(plain.get("allowancePool").asText()).isEqualTo("MEMBER");
    assertThat(plain.get("rollover").asBoolean()).isFalse();
    var body = residentBody();
    body.put("code", "OFFICE");
    body.put("allowancePool", "COMPANY");
    body.put("rollover", true);
    JsonNode office = createPlan(t, body);
    assertThat(office.get("allowancePool").asText()).isEqualTo("COMPANY");
    assertThat(office.get("rollover").asBoolean()).isTrue();
    body.put("allowancePool", "FAMILY");
    mvc.perform(
            put("/api/v1/plans/" + office.get("id").asText())
                .header(HttpHeaders.AUTHORIZATION, t.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(body)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void keeps_fractional_meeting_room_hours() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("allowances", List.of(Map.of("kind", "MEETING_ROOM_HOURS", "quantity", 1.5)));
    JsonNode plan = createPlan(t, body);
    assertThat(plan.get("allowances").get(0).get("quantity").decimalValue())
        .isEqualByComparingTo("1.5");
  }

  @Test
  void replaces_a_plan_with_what_is_sent() throws Exception {
    TestTenant t = newTenant();
    String id = createPlan(t, residentBody()).get("id").asText();
    var body = residentBody();
    body.put("name", "Resident Plus");
    body.put("price", 90000.50);
    body.put("allowances", List.of(Map.of("kind", "GUEST_PASSES", "quantity", 3)));
    body.put("extras", List.of("MAIL_HANDLING", "LOCKER"));
    body.put("accessSchedule", "ALWAYS");
    body.put("locationAccess", "ALL");
    body.put("freezeFeePerDay", 500);
    body.put("canBookDesks", false);
    body.put("sortOrder", 5);

    send(put("/api/v1/plans/" + id), t, body)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Resident Plus"))
        .andExpect(jsonPath("$.price").value(90000.50))
        .andExpect(jsonPath("$.allowances", hasSize(1)))
        .andExpect(jsonPath("$.allowances[0].kind").value("GUEST_PASSES"))
        .andExpect(jsonPath("$.extras", hasSize(2)))
        .andExpect(jsonPath("$.extras[0]").value("LOCKER"))
        .andExpect(jsonPath("$.extras[1]").value("MAIL_HANDLING"))
        .andExpect(jsonPath("$.accessSchedule").value("ALWAYS"))
        .andExpect(jsonPath("$.locationAccess").value("ALL"))
        .andExpect(jsonPath("$.freezeFeePerDay").value(500))
        .andExpect(jsonPath("$.canBookDesks").value(false))
        .andExpect(jsonPath("$.sortOrder").value(5));
  }

  @Test
  void archives_a_plan_instead_of_deleting_it_and_can_put_it_back_on_sale() throws Exception {
    TestTenant t = newTenant();
    String id = createPlan(t, residentBody()).get("id").asText();
    var flex = residentBody();
    flex.put("code", "FLEX");
    flex.put("name", "Flex");
    String flexId = createPlan(t, flex).get("id").asText();

    mvc.perform(delete("/api/v1/plans/" + id).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ARCHIVED"));

    mvc.perform(get("/api/v1/plans/" + id).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ARCHIVED"));
    mvc.perform(get("/api/v1/plans?status=ACTIVE").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$[*].id", not(hasItem(id))))
        .andExpect(jsonPath("$[*].id", hasItem(flexId)));
    mvc.perform(get("/api/v1/plans?status=ARCHIVED").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].id").value(id));
    mvc.perform(get("/api/v1/plans").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].id").value(flexId))
        .andExpect(jsonPath("$[1].id").value(id));

    mvc.perform(
            post("/api/v1/plans/" + id + "/restore").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACTIVE"));
  }

  @Test
  void refuses_a_negative_price_and_changes_nothing() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("price", -1);
    assertRefused(t, body, 422, "price");
  }

  @Test
  void refuses_a_discount_above_100_percent() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("bookingDiscountPercent", 100.01);
    assertRefused(t, body, 422, "bookingDiscountPercent");
  }

  @Test
  void refuses_an_unknown_allowance_kind() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("allowances", List.of(Map.of("kind", "SAUNA_HOURS", "quantity", 1)));
    assertRefused(t, body, 400, "allowances[0].kind");
  }

  @Test
  void refuses_an_over_long_name() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("name", "x".repeat(101));
    assertRefused(t, body, 422, "name");
  }

  @Test
  void refuses_a_price_with_more_decimals_than_the_currency_has() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("price", 85000.005);
    assertRefused(t, body, 422, "price");
  }

  @Test
  void refuses_a_fractional_count_of_pages() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("allowances", List.of(Map.of("kind", "PRINTED_PAGES", "quantity", 10.5)));
    assertRefused(t, body, 422, "allowances[0].quantity");
  }

  @Test
  void refuses_an_allowance_both_counted_and_unlimited() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("allowances", List.of(Map.of("kind", "COFFEE", "quantity", 10, "unlimited", true)));
    assertRefused(t, body, 422, "allowances[0].unlimited");
  }

  @Test
  void refuses_an_allowance_without_quantity_that_is_not_unlimited() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("allowances", List.of(Map.of("kind", "COFFEE")));
    assertRefused(t, body, 422, "allowances[0].quantity");
  }

  @Test
  void refuses_the_same_allowance_twice() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put(
        "allowances",
        List.of(
            Map.of("kind", "COFFEE", "quantity", 10), Map.of("kind", "COFFEE", "quantity", 20)));
    assertRefused(t, body, 422, "allowances[1].kind");
  }

  @Test
  void refuses_a_zero_allowance() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("allowances", List.of(Map.of("kind", "GUEST_PASSES", "quantity", 0)));
    assertRefused(t, body, 422, "allowances[0].quantity");
  }

  @Test
  void refuses_an_unknown_extra_field_and_a_wrongly_typed_one() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.put("colour", "green");
    assertRefused(t, body, 400, "colour");
    body = residentBody();
    body.put("canBookRooms", "yes");
    assertRefused(t, body, 400, "canBookRooms");
    body = residentBody();
    body.put("period", "WEEK");
    assertRefused(t, body, 400, "period");
  }

  @Test
  void refuses_a_plan_without_its_required_fields() throws Exception {
    TestTenant t = newTenant();
    var body = residentBody();
    body.remove("locationAccess");
    body.remove("canBookDesks");
    body.put("code", "lower case");
    send(post("/api/v1/plans"), t, body)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("locationAccess")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("canBookDesks")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("code")));
    assertThat(planCount(t)).isZero();
  }

  @Test
  void refuses_a_second_plan_with_the_same_code() throws Exception {
    TestTenant t = newTenant();
    createPlan(t, residentBody());
    var body = residentBody();
    body.put("name", "Another resident");
    send(post("/api/v1/plans"), t, body)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/duplicate-code"))
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    assertThat(planCount(t)).isEqualTo(1);
  }

  @Test
  void a_refused_update_changes_nothing() throws Exception {
    TestTenant t = newTenant();
    String id = createPlan(t, residentBody()).get("id").asText();
    var body = residentBody();
    body.put("name", "Changed");
    body.put("allowances", List.of(Map.of("kind", "PRINTED_PAGES", "quantity", 0.5)));
    send(put("/api/v1/plans/" + id), t, body).andExpect(status().isUnprocessableContent());

    mvc.perform(get("/api/v1/plans/" + id).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(jsonPath("$.name").value("Resident"))
        .andExpect(jsonPath("$.allowances", hasSize(3)));
  }

  @Test
  void answers_404_for_an_unknown_plan() throws Exception {
    TestTenant t = newTenant();
    String unknown = "/api/v1/plans/" + UUID.randomUUID();
    mvc.perform(get(unknown).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/not-found"));
    send(put(unknown), t, residentBody()).andExpect(status().isNotFound());
    mvc.perform(delete(unknown).header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/plans/not-a-uuid").header(HttpHeaders.AUTHORIZATION, t.bearer()))
        .andExpect(status().isNotFound());
    assertThat(planCount(t)).isZero();
  }

  @Test
  void another_tenants_plan_is_not_found_and_not_listed() throws Exception {
    TestTenant mine = newTenant();
    TestTenant theirs = newTenant();
    String theirId = createPlan(theirs, residentBody()).get("id").asText();
    // The same code is free in another coworking.
    createPlan(mine, residentBody());

    mvc.perform(get("/api/v1/plans/" + theirId).header(HttpHeaders.AUTHORIZATION, mine.bearer()))
        .andExpect(status().isNotFound());
    send(put("/api/v1/plans/" + theirId), mine, residentBody()).andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/plans/" + theirId).header(HttpHeaders.AUTHORIZATION, mine.bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/plans").header(HttpHeaders.AUTHORIZATION, mine.bearer()))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[*].id", not(hasItem(theirId))));
    mvc.perform(get("/api/v1/plans/" + theirId).header(HttpHeaders.AUTHORIZATION, theirs.bearer()))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.name").value("Resident"));
  }

  @Test
  void an_accountant_may_read_plans_but_not_change_them() throws Exception {
    TestTenant t = newTenant();
    String id = createPlan(t, residentBody()).get("id").asText();
    String email = addUser(t, Role.ACCOUNTANT, "Aigerim Accountant");
    String bearer = "Bearer " + token(email, t.password(), t.slug());

    mvc.perform(get("/api/v1/plans").header(HttpHeaders.AUTHORIZATION, bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)));
    mvc.perform(delete("/api/v1/plans/" + id).header(HttpHeaders.AUTHORIZATION, bearer))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/plans")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(residentBody())))
        .andExpect(status().isForbidden());
    assertThat(planCount(t)).isEqualTo(1);
  }

  @Test
  void the_plan_tables_are_isolated_by_row_level_security() {
    List<String> unprotected =
        db.sql(
                "SELECT c.relname FROM pg_class c WHERE c.relname IN"
                    + " ('plan', 'plan_allowance', 'plan_extra', 'membership')"
                    + " AND NOT (c.relrowsecurity AND c.relforcerowsecurity AND EXISTS"
                    + " (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid"
                    + " AND p.polname = 'tenant_isolation'))")
            .query(String.class)
            .list();
    long tables =
        db.sql(
                "SELECT count(*) FROM pg_class WHERE relkind = 'r' AND relname IN"
                    + " ('plan', 'plan_allowance', 'plan_extra', 'membership')")
            .query(Long.class)
            .single();
    assertThat(tables).isEqualTo(4);
    assertThat(unprotected).isEmpty();
  }

  @Test
  void the_api_description_documents_the_plan_and_membership_endpoints() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/plans'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/plans/{id}'].delete").exists())
        .andExpect(jsonPath("$.paths['/api/v1/memberships'].post").exists())
        .andExpect(jsonPath("$.components.schemas.PlanDraft.properties.allowances").exists());
  }

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      TestTenant t,
      Object body)
      throws Exception {
    return mvc.perform(
        request
            .header(HttpHeaders.AUTHORIZATION, t.bearer())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body(body)));
  }

  private void assertRefused(TestTenant t, Map<String, Object> body, int status, String field)
      throws Exception {
    long before = planCount(t);
    send(post("/api/v1/plans"), t, body)
        .andExpect(status().is(status))
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    assertThat(planCount(t)).isEqualTo(before);
  }
}
