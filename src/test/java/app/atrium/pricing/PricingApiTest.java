package app.atrium.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import app.atrium.plans.MembershipDraft;
import app.atrium.plans.Memberships;
import app.atrium.plans.PlansTestSupport;
import app.atrium.platform.security.Role;
import app.atrium.spaces.BookedBy;
import app.atrium.spaces.ResourceDraft;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceTypeDraft;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import app.atrium.support.TestTenant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

class PricingApiTest extends PlansTestSupport {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  private static final LocalDate MONDAY = LocalDate.of(2030, 1, 14);
  private static final LocalDate SATURDAY = LocalDate.of(2030, 1, 19);

  @Autowired ResourceTypes types;
  @Autowired Resources resources;
  @Autowired Memberships memberships;

  TestTenant t;
  UUID roomType;
  UUID roomA;
  UUID roomB;

  record Answer(int status, JsonNode body) {}

  @BeforeEach
  void coworking() {
    t = newTenant();
    inTenant(
        t.tenantId(),
        () -> {
          roomType =
              types
                  .create(
                      new ResourceTypeDraft(
                          "Rooms",
                          "room",
                          ResourceKind.EXCLUSIVE,
                          true,
                          30,
                          30,
                          null,
                          BookedBy.MEMBERS))
                  .id();
          roomA = resources.create(room("Hall A")).id();
          roomB = resources.create(room("Hall B")).id();
          return null;
        });
  }

  @Test
  void an_owner_sets_a_price_list_and_a_quote_explains_it() throws Exception {
    assertThat(send(post("/api/v1/price-rules"), t.token(), rate(roomType, null, 5000)).status())
        .isEqualTo(201);
    var weekend = adjustment(roomType, -30);
    weekend.put("weekdays", List.of(7, 6));
    var created = send(post("/api/v1/price-rules"), t.token(), weekend);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("weekdays").toString()).isEqualTo("[6,7]");
    assertThat(created.body().get("kind").asText()).isEqualTo("ADJUSTMENT");

    var monday = quote(t.token(), roomA, null, MONDAY, "14:00", "16:00");
    var saturday = quote(t.token(), roomA, null, SATURDAY, "14:00", "16:00");

    assertThat(monday.status()).isEqualTo(200);
    assertThat(monday.body().get("total").decimalValue()).isEqualByComparingTo("10000");
    assertThat(monday.body().get("currency").asText()).isEqualTo("KZT");
    assertThat(monday.body().get("lines").get(0).get("label").asText())
        .isEqualTo("Hall A 14:00–16:00: 2 h × KZT\u00a05,000 = KZT\u00a010,000");
    assertThat(saturday.body().get("total").decimalValue()).isEqualByComparingTo("7000");
    assertThat(saturday.body().get("lines").get(1).get("label").asText()).isEqualTo("Weekend −30%");
    assertThat(saturday.body().get("lines").get(1).get("amount").decimalValue())
        .isEqualByComparingTo("-3000");
  }

  @Test
  void a_resource_rule_overrides_its_types_and_rules_list_by_resource() throws Exception {
    send(post("/api/v1/price-rules"), t.token(), rate(roomType, null, 5000));
    var own = rate(null, roomB, 6000);
    own.put("from", "10:00");
    own.put("to", "24:00");
    var created = send(post("/api/v1/price-rules"), t.token(), own);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("from").asText()).isEqualTo("10:00");
    assertThat(created.body().has("to")).as("until midnight").isFalse();

    assertThat(total(quote(t.token(), roomB, null, MONDAY, "09:00", "11:00")))
        .isEqualByComparingTo("11000");
    assertThat(total(quote(t.token(), roomA, null, MONDAY, "09:00", "11:00")))
        .isEqualByComparingTo("10000");
    var ofB = send(get("/api/v1/price-rules?resourceId=" + roomB), t.token(), null);
    assertThat(ofB.body()).hasSize(1);
    assertThat(send(get("/api/v1/price-rules"), t.token(), null).body()).hasSize(2);
  }

  @Test
  void a_rule_as_read_can_be_written_back_changed_and_deleted() throws Exception {
    var created = send(post("/api/v1/price-rules"), t.token(), rate(roomType, null, 5000)).body();
    String id = created.get("id").asText();
    var changed = (tools.jackson.databind.node.ObjectNode) created.deepCopy();
    changed.put("amount", 5500);

    var updated = send(put("/api/v1/price-rules/" + id), t.token(), changed);

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.body().get("amount").decimalValue()).isEqualByComparingTo("5500");
    assertThat(total(quote(t.token(), roomA, null, MONDAY, "10:00", "11:00")))
        .isEqualByComparingTo("5500");
    assertThat(send(delete("/api/v1/price-rules/" + id), t.token(), null).status()).isEqualTo(204);
    assertThat(send(get("/api/v1/price-rules/" + id), t.token(), null).status()).isEqualTo(404);
    assertThat(send(delete("/api/v1/price-rules/" + id), t.token(), null).status()).isEqualTo(404);
    var free = quote(t.token(), roomA, null, MONDAY, "10:00", "11:00");
    assertThat(total(free)).isEqualByComparingTo("0");
    assertThat(free.body().get("lines")).isEmpty();
  }

  @Test
  void bad_rules_are_refused_naming_the_field_to_fix() throws Exception {
    var both = rate(roomType, roomA, 5000);
    assertField(send(post("/api/v1/price-rules"), t.token(), both), 422, "resourceId");
    var neither = rate(null, null, 5000);
    assertField(send(post("/api/v1/price-rules"), t.token(), neither), 422, "resourceTypeId");
    var noAmount = rate(roomType, null, 5000);
    noAmount.remove("amount");
    assertField(send(post("/api/v1/price-rules"), t.token(), noAmount), 422, "amount");
    var rateWithPercent = rate(roomType, null, 5000);
    rateWithPercent.put("percent", -10);
    assertField(send(post("/api/v1/price-rules"), t.token(), rateWithPercent), 422, "percent");
    var backwards = rate(roomType, null, 5000);
    backwards.put("from", "16:00");
    backwards.put("to", "10:00");
    assertField(send(post("/api/v1/price-rules"), t.token(), backwards), 422, "to");
    var badTime = rate(roomType, null, 5000);
    badTime.put("from", "25:00");
    assertField(send(post("/api/v1/price-rules"), t.token(), badTime), 422, "from");
    var negative = rate(roomType, null, -1);
    assertField(send(post("/api/v1/price-rules"), t.token(), negative), 422, "amount");
    var unknownType = rate(UUID.randomUUID(), null, 5000);
    assertField(send(post("/api/v1/price-rules"), t.token(), unknownType), 422, "resourceTypeId");
    var datesBackwards = adjustment(roomType, -10);
    datesBackwards.put("validFrom", "2030-12-31");
    datesBackwards.put("validTo", "2030-12-01");
    assertField(send(post("/api/v1/price-rules"), t.token(), datesBackwards), 422, "validTo");
    var zero = adjustment(roomType, 0);
    assertField(send(post("/api/v1/price-rules"), t.token(), zero), 422, "percent");
    var badDay = adjustment(roomType, -10);
    badDay.put("weekdays", List.of(0));
    assertField(send(post("/api/v1/price-rules"), t.token(), badDay), 422, "weekdays[0]");

    assertThat(send(get("/api/v1/price-rules"), t.token(), null).body()).isEmpty();
  }

  @Test
  void a_quote_is_refused_like_a_booking_naming_the_field() throws Exception {
    assertField(quote(t.token(), roomA, null, MONDAY, "16:00", "14:00"), 422, "end");
    assertField(quote(t.token(), roomA, null, MONDAY, "14:00", "14:00"), 422, "end");
    assertField(
        quote(t.token(), UUID.randomUUID(), null, MONDAY, "14:00", "15:00"), 422, "resourceId");
    assertField(
        quote(t.token(), roomA, UUID.randomUUID(), MONDAY, "14:00", "15:00"), 422, "memberId");
    var tooLong = new LinkedHashMap<String, Object>();
    tooLong.put("resourceId", roomA);
    tooLong.put("start", "2030-01-01T10:00:00Z");
    tooLong.put("end", "2032-01-01T10:00:00Z");
    assertField(send(post("/api/v1/quotes"), t.token(), tooLong), 422, "end");
    var noStart = new LinkedHashMap<String, Object>();
    noStart.put("resourceId", roomA);
    noStart.put("end", "2030-01-01T10:00:00Z");
    var missing = send(post("/api/v1/quotes"), t.token(), noStart);
    assertThat(missing.status()).isBetween(400, 422);
    assertThat(missing.body().toString()).contains("start");
  }

  @Test
  void a_member_quotes_for_herself_with_her_plans_discount_but_not_for_others() throws Exception {
    send(post("/api/v1/price-rules"), t.token(), rate(roomType, null, 5000));
    UUID plan = UUID.fromString(createPlan(t, residentBody()).get("id").asText());
    UUID asel = addMember(t, "Asel");
    UUID other = addMember(t, "Other");
    inTenant(
        t.tenantId(),
        () ->
            memberships.start(
                new MembershipDraft(asel, plan, t.locationId(), LocalDate.of(2029, 1, 1))));
    String aselToken = memberToken(asel, "asel");

    var own = quote(aselToken, roomA, null, MONDAY, "10:00", "11:00");
    var named = quote(aselToken, roomA, asel, MONDAY, "10:00", "11:00");
    var forOther = quote(aselToken, roomA, other, MONDAY, "10:00", "11:00");
    var byStaff = quote(t.token(), roomA, asel, MONDAY, "10:00", "11:00");
    var before = quote(t.token(), roomA, asel, LocalDate.of(2028, 12, 31), "10:00", "11:00");

    assertThat(total(own)).isEqualByComparingTo("4000");
    assertThat(own.body().get("lines").get(1).get("label").asText()).isEqualTo("Resident −20%");
    assertThat(own.body().get("lines").get(1).get("kind").asText()).isEqualTo("PLAN_DISCOUNT");
    assertThat(total(named)).isEqualByComparingTo("4000");
    assertThat(forOther.status()).isEqualTo(403);
    assertThat(total(byStaff)).isEqualByComparingTo("4000");
    assertThat(total(before)).as("before her membership starts").isEqualByComparingTo("5000");
    assertThat(send(post("/api/v1/price-rules"), aselToken, rate(roomType, null, 1)).status())
        .isEqualTo(403);
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  private ResourceDraft room(String name) {
    return new ResourceDraft(
        t.locationId(), roomType, name, "", 6, null, List.of(), null, null, null);
  }

  private static Map<String, Object> rate(UUID type, UUID resource, int amount) {
    var body = new LinkedHashMap<String, Object>();
    body.put("resourceTypeId", type);
    body.put("resourceId", resource);
    body.put("kind", "RATE");
    body.put("label", "List price");
    body.put("amount", amount);
    body.put("unit", "HOUR");
    return body;
  }

  private static Map<String, Object> adjustment(UUID type, int percent) {
    var body = new LinkedHashMap<String, Object>();
    body.put("resourceTypeId", type);
    body.put("kind", "ADJUSTMENT");
    body.put("label", "Weekend");
    body.put("percent", percent);
    return body;
  }

  private Answer quote(
      String token, UUID resource, UUID member, LocalDate day, String from, String to)
      throws Exception {
    var body = new LinkedHashMap<String, Object>();
    body.put("resourceId", resource);
    if (member != null) body.put("memberId", member);
    body.put("start", at(day, from).toString());
    body.put("end", at(day, to).toString());
    return send(post("/api/v1/quotes"), token, body);
  }

  private static java.time.Instant at(LocalDate day, String time) {
    return LocalDateTime.of(day, LocalTime.parse(time)).atZone(ALMATY).toInstant();
  }

  private static java.math.BigDecimal total(Answer a) {
    assertThat(a.status()).as("quote %s", a.body()).isEqualTo(200);
    return a.body().get("total").decimalValue();
  }

  private Answer send(MockHttpServletRequestBuilder req, String token, Object body)
      throws Exception {
    req.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    if (body != null) req.contentType(MediaType.APPLICATION_JSON).content(body(body));
    var r = mvc.perform(req).andReturn().getResponse();
    String text = r.getContentAsString();
    return new Answer(r.getStatus(), text.isBlank() ? json.nullNode() : json.readTree(text));
  }

  private static void assertField(Answer a, int status, String field) {
    assertThat(a.status()).as("status of %s", a.body()).isEqualTo(status);
    assertThat(a.body().toString()).as("problem of %s", a.body()).contains("\"" + field + "\"");
  }

  private String memberToken(UUID memberId, String name) {
    String email = name + "-" + t.slug() + "@test.atrium";
    inTenant(
        t.tenantId(),
        () -> {
          UUID account = accounts.grant(email, name, Role.MEMBER);
          accounts.setInitialPassword(account, t.password());
          members.linkAccount(memberId, account);
          return account;
        });
    return token(email, t.password(), t.slug());
  }
}
