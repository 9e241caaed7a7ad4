package app.atrium.services;

import static app.atrium.plans.AllowanceKind.COFFEE;
import static app.atrium.plans.AllowanceKind.GUEST_PASSES;
import static app.atrium.plans.AllowanceKind.PRINTED_PAGES;

import app.atrium.allowances.Allowances;
import app.atrium.allowances.Balance;
import app.atrium.members.Companies;
import app.atrium.members.CompanyDraft;
import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.plans.AccessSchedule;
import app.atrium.plans.Allowance;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.Extra;
import app.atrium.plans.LocationAccess;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.Memberships;
import app.atrium.plans.PlanDraft;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.Plans;
import app.atrium.plans.Workplace;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A small coworking for the services tests: a Resident plan (100 printed pages, coffee, 2 guest
 * passes a month) and an Office plan, Asel on Resident and Dana on Office since December 2026, a
 * company paying for Timur (Resident too), and the demo's services, the clock stopped in
 * mid-January 2027.
 */
abstract class ServicesTestSupport extends IntegrationTest {

  /** 15 January 2027, 11:00 in Almaty. */
  static final Instant MID_JANUARY = Instant.parse("2027-01-15T06:00:00Z");

  @Autowired Plans plans;
  @Autowired Memberships memberships;
  @Autowired Members members;
  @Autowired Companies companies;
  @Autowired Allowances allowances;

  record Answer(int status, JsonNode body) {}

  /** The ids of a coworking made by {@link #coworking()}. */
  record Coworking(
      TestTenant tenant,
      UUID residentPlan,
      UUID officePlan,
      UUID asel,
      UUID dana,
      UUID timur,
      UUID company,
      Map<String, UUID> services) {

    UUID service(String code) {
      return services.get(code);
    }

    String token() {
      return tenant.token();
    }
  }

  Coworking coworking() throws Exception {
    clock.setInstant(MID_JANUARY);
    TestTenant t = newTenant();
    record People(UUID resident, UUID office, UUID asel, UUID dana, UUID timur, UUID company) {}
    People p =
        inTenant(
            t.tenantId(),
            () -> {
              UUID resident =
                  plans
                      .create(
                          plan(
                              "RESIDENT",
                              "Resident",
                              List.of(
                                  Allowance.of(PRINTED_PAGES, 100),
                                  Allowance.unlimitedOf(COFFEE),
                                  Allowance.of(GUEST_PASSES, 2))))
                      .id();
              UUID office =
                  plans
                      .create(
                          plan(
                              "OFFICE",
                              "Office",
                              List.of(
                                  Allowance.of(PRINTED_PAGES, 200),
                                  Allowance.unlimitedOf(COFFEE),
                                  Allowance.of(GUEST_PASSES, 2))))
                      .id();
              UUID company =
                  companies.create(new CompanyDraft("Kaspi Lab", "", "", "", "", "", "")).id();
              UUID asel = member("Asel", null, false);
              UUID dana = member("Dana", null, false);
              UUID timur = member("Timur", company, true);
              LocalDate december = LocalDate.of(2026, 12, 1);
              memberships.start(new MembershipDraft(asel, resident, t.locationId(), december));
              memberships.start(new MembershipDraft(dana, office, t.locationId(), december));
              memberships.start(new MembershipDraft(timur, resident, t.locationId(), december));
              return new People(resident, office, asel, dana, timur, company);
            });
    Map<String, UUID> services = new LinkedHashMap<>();
    services.put(
        "PRINTING", create(t, service("PRINTING", "Printing", "PAGE", 20, "PRINTED_PAGES")));
    services.put("COFFEE", create(t, service("COFFEE", "Coffee", "PIECE", 0, "COFFEE")));
    services.put(
        "PREMIUM_COFFEE",
        create(t, service("PREMIUM_COFFEE", "Premium coffee", "PIECE", 300, null)));
    var parcel = service("PARCEL", "Parcel reception", "PIECE", 500, null);
    parcel.put("includedPlanIds", List.of(p.office()));
    services.put("PARCEL", create(t, parcel));
    services.put(
        "GUEST_PASS",
        create(t, service("GUEST_PASS", "Guest day pass", "DAY", 5000, "GUEST_PASSES")));
    services.put("PARKING", create(t, service("PARKING", "Parking", "HOUR", 700, null)));
    return new Coworking(
        t, p.resident(), p.office(), p.asel(), p.dana(), p.timur(), p.company(), services);
  }

  private UUID member(String name, UUID company, boolean billed) {
    return members
        .create(
            new MemberDraft(
                name,
                "Test",
                name.toLowerCase() + "-" + UUID.randomUUID() + "@example.kz",
                "",
                company,
                billed,
                List.of()))
        .id();
  }

  private static PlanDraft plan(String code, String name, List<Allowance> allowances) {
    return new PlanDraft(
        code,
        name,
        "",
        new BigDecimal("85000"),
        false,
        PlanPeriod.MONTH,
        Workplace.FIXED_DESK,
        allowances,
        Set.of(Extra.LOCKER),
        new BigDecimal("20"),
        LocationAccess.HOME,
        AccessSchedule.OPENING_HOURS,
        BigDecimal.ZERO,
        true,
        true,
        null);
  }

  static Map<String, Object> service(
      String code, String name, String unit, Object price, String allowanceKind) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("unit", unit);
    body.put("price", price);
    if (allowanceKind != null) body.put("allowanceKind", allowanceKind);
    return body;
  }

  private UUID create(TestTenant t, Map<String, Object> body) throws Exception {
    Answer a = postJson("/api/v1/services", t.token(), body);
    if (a.status() != 201) throw new IllegalStateException("service not created: " + a);
    return UUID.fromString(a.body().get("id").asText());
  }

  /** Records a service for a member through the API. */
  Answer use(Coworking c, UUID member, String code, Object quantity) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("memberId", member);
    body.put("serviceId", c.service(code));
    body.put("quantity", quantity);
    return postJson("/api/v1/service-usages", c.token(), body);
  }

  Answer month(Coworking c, UUID member, String month) throws Exception {
    return send(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
            "/api/v1/service-usages?memberId=" + member + "&month=" + month),
        c.token(),
        null);
  }

  /** The month's total of one service, as the API answers it. */
  static JsonNode total(Answer month, String code) {
    for (JsonNode t : month.body().get("totals")) {
      if (t.get("serviceCode").asText().equals(code)) return t;
    }
    throw new AssertionError("no total for " + code + " in " + month.body());
  }

  Answer postJson(String path, String token, Object body) throws Exception {
    return send(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path),
        token,
        body);
  }

  Answer send(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
    if (token != null) request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    var r = mvc.perform(request).andReturn().getResponse();
    String text = r.getContentAsString();
    return new Answer(r.getStatus(), text.isBlank() ? json.nullNode() : json.readTree(text));
  }

  /** What is left of the member's {@code kind} allowance in January 2027 (null: unlimited). */
  BigDecimal left(Coworking c, UUID member, AllowanceKind kind) {
    return inTenant(
        c.tenant().tenantId(),
        () ->
            allowances.balances(member, YearMonth.of(2027, 1)).stream()
                .filter(b -> b.kind() == kind)
                .findFirst()
                .map(Balance::left)
                .orElseThrow());
  }

  long rows(Coworking c, String table) {
    return inTenant(
        c.tenant().tenantId(),
        () -> db.sql("SELECT count(*) FROM " + table).query(Long.class).single());
  }
}
