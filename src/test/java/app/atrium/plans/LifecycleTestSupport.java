package app.atrium.plans;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.support.TestTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Helpers of the membership lifecycle tests: the demo's plans and calls of the API. */
abstract class LifecycleTestSupport extends PlansTestSupport {

  /** Stops the clock at noon of {@code day} in Almaty (the test tenants' zone, UTC+5). */
  protected void today(String day) {
    clock.setInstant(Instant.parse(day + "T07:00:00Z"));
  }

  protected String flex(TestTenant t) throws Exception {
    var body = residentBody();
    body.put("code", "FLEX");
    body.put("name", "Flex");
    body.put("price", 45000);
    body.put("workplace", "ANY_DESK");
    body.put("extras", new java.util.ArrayList<>());
    var allowances = new java.util.ArrayList<Object>();
    allowances.add(new LinkedHashMap<>(Map.of("kind", "MEETING_ROOM_HOURS", "quantity", 2)));
    allowances.add(new LinkedHashMap<>(Map.of("kind", "PRINTED_PAGES", "quantity", 50)));
    body.put("allowances", allowances);
    body.put("bookingDiscountPercent", 0);
    return createPlan(t, body).get("id").asText();
  }

  protected String resident(TestTenant t) throws Exception {
    var body = residentBody();
    body.put("freezeFeePerDay", 1000);
    return createPlan(t, body).get("id").asText();
  }

  protected String office(TestTenant t) throws Exception {
    var body = residentBody();
    body.put("code", "OFFICE");
    body.put("name", "Office");
    body.put("price", 250000);
    body.put("priceFrom", true);
    body.put("workplace", "PRIVATE_OFFICE");
    body.put("allowancePool", "COMPANY");
    return createPlan(t, body).get("id").asText();
  }

  protected String dayPlan(TestTenant t) throws Exception {
    var body = residentBody();
    body.put("code", "DAY_PASS");
    body.put("name", "Day pass");
    body.put("price", 5000);
    body.put("period", "DAY");
    body.put("workplace", "ANY_DESK");
    body.put("extras", new java.util.ArrayList<>());
    return createPlan(t, body).get("id").asText();
  }

  protected static Map<String, Object> membership(
      UUID memberId, String planId, UUID locationId, String startsOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("memberId", memberId.toString());
    body.put("planId", planId);
    body.put("locationId", locationId.toString());
    body.put("startsOn", startsOn);
    return body;
  }

  protected ResultActions postJson(TestTenant t, String path, Object body) throws Exception {
    var req =
        post(path)
            .header(HttpHeaders.AUTHORIZATION, t.bearer())
            .contentType(MediaType.APPLICATION_JSON);
    if (body != null) req.content(body(body));
    return mvc.perform(req);
  }

  protected ResultActions getJson(TestTenant t, String path) throws Exception {
    return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, t.bearer()));
  }

  protected JsonNode read(ResultActions r) throws Exception {
    return json.readTree(r.andReturn().getResponse().getContentAsString());
  }

  /** Starts a membership through the API; answers its id. */
  protected String start(TestTenant t, Map<String, Object> body) throws Exception {
    var r = postJson(t, "/api/v1/memberships", body);
    JsonNode node = read(r);
    if (r.andReturn().getResponse().getStatus() != 201) {
      throw new IllegalStateException("Not started: " + node);
    }
    return node.get("id").asText();
  }

  protected JsonNode membershipJson(TestTenant t, String id) throws Exception {
    return read(getJson(t, "/api/v1/memberships/" + id));
  }

  protected long rows(TestTenant t, String table) {
    return inTenant(
        t.tenantId(), () -> db.sql("SELECT count(*) FROM " + table).query(Long.class).single());
  }

  protected static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
