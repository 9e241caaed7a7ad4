package app.atrium.plans;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Shared helpers of the plans module's integration tests. */
public abstract class PlansTestSupport extends IntegrationTest {

  /** A valid plan body like the demo's Resident; change entries to make it invalid. */
  protected static Map<String, Object> residentBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "RESIDENT");
    body.put("name", "Resident");
    body.put("description", "A fixed desk");
    body.put("price", 85000);
    body.put("period", "MONTH");
    body.put("workplace", "FIXED_DESK");
    List<Object> allowances = new ArrayList<>();
    allowances.add(new LinkedHashMap<>(Map.of("kind", "MEETING_ROOM_HOURS", "quantity", 5)));
    allowances.add(new LinkedHashMap<>(Map.of("kind", "PRINTED_PAGES", "quantity", 100)));
    allowances.add(new LinkedHashMap<>(Map.of("kind", "COFFEE", "unlimited", true)));
    body.put("allowances", allowances);
    body.put("extras", new ArrayList<>(List.of("LOCKER")));
    body.put("bookingDiscountPercent", 20);
    body.put("locationAccess", "HOME");
    body.put("accessSchedule", "OPENING_HOURS");
    body.put("canBookDesks", true);
    body.put("canBookRooms", true);
    return body;
  }

  protected String body(Object value) {
    return json.writeValueAsString(value);
  }

  /** Creates a plan through the API and returns it. */
  protected JsonNode createPlan(TestTenant tenant, Map<String, Object> body) throws Exception {
    String response =
        mvc.perform(
                post("/api/v1/plans")
                    .header(HttpHeaders.AUTHORIZATION, tenant.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body(body)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(response);
  }

  protected long planCount(TestTenant tenant) {
    return inTenant(
        tenant.tenantId(), () -> db.sql("SELECT count(*) FROM plan").query(Long.class).single());
  }

  /** Signs in to the staff pages as {@code role} of {@code tenant} (no password round trip). */
  protected static RequestPostProcessor staff(TestTenant tenant, Role role, String locale) {
    var user =
        new AtriumUser(
            UUID.randomUUID(),
            role.name().toLowerCase() + "@" + tenant.slug(),
            "Staff " + role,
            tenant.tenantId(),
            tenant.slug(),
            "Test coworking",
            locale,
            role);
    return SecurityMockMvcRequestPostProcessors.authentication(
        new UsernamePasswordAuthenticationToken(user, null, user.authorities()));
  }

  /** Adds a member to the tenant through the members module. */
  @org.springframework.beans.factory.annotation.Autowired
  protected app.atrium.members.Members members;

  protected UUID addMember(TestTenant tenant, String firstName) {
    return inTenant(
        tenant.tenantId(),
        () ->
            members
                .create(
                    new app.atrium.members.MemberDraft(
                        firstName, "Test", null, null, null, null, java.util.List.of()))
                .id());
  }
}
