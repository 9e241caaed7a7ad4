package app.atrium.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.members.Member;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.SignIn;
import app.atrium.services.demo.ServicesDemo;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff pages of the services module, as the front desk uses them. */
class ServicesPagesTest extends ServicesTestSupport {

  @Autowired SignIn signIn;
  @Autowired ServiceUsages usages;
  @Autowired Metering metering;
  @Autowired AddOns catalogue;

  Coworking c;
  RequestPostProcessor owner;

  @BeforeEach
  void signed_in_owner() throws Exception {
    c = coworking();
    owner = as(c.tenant().ownerEmail(), c.tenant().password(), c.tenant().slug());
  }

  @Test
  void the_catalogue_lists_services_and_the_form_adds_one_or_says_what_is_wrong() throws Exception {
    String list = page(get("/staff/services?lang=en")).getContentAsString();
    assertThat(list).contains("Printing", "KZT\u00a020 / page", "Free on: Office");
    assertThat(page(get("/staff/services/new")).getStatus()).isEqualTo(200);
    assertThat(page(get("/staff/services/" + c.service("PARCEL"))).getContentAsString())
        .contains("Parcel reception");
    assertThat(page(get("/staff/services/" + UUID.randomUUID())).getStatus()).isEqualTo(404);

    long before = rows(c, "service");
    var refused =
        page(
            post("/staff/services/new")
                .param("code", "LOCKER")
                .param("name", "Locker")
                .param("unit", "MONTH")
                .param("price", "five"));
    assertThat(refused.getContentAsString()).contains("price: is not a number");
    assertThat(rows(c, "service")).isEqualTo(before);
    var saved =
        page(
            post("/staff/services/new")
                .param("code", "locker")
                .param("name", "Locker")
                .param("unit", "MONTH")
                .param("price", "5 000")
                .param("includedPlanIds", c.residentPlan().toString()));
    assertThat(saved.getRedirectedUrl()).isEqualTo("/staff/services");
    assertThat(page(get("/staff/services?lang=en")).getContentAsString())
        .contains("LOCKER", "KZT\u00a05,000 / month", "Free on: Resident");
  }

  @Test
  void the_service_form_offers_a_service_on_bookings_and_takes_it_off_again() throws Exception {
    UUID parcel = c.service("PARCEL");
    assertThat(page(get("/staff/services/" + parcel)).getContentAsString())
        .contains("name=\"bookingExtra\"");
    var offered = page(parcelForm(parcel).param("bookingExtra", "true"));
    assertThat(offered.getRedirectedUrl()).isEqualTo("/staff/services");
    assertThat(inTenant(c.tenant().tenantId(), () -> catalogue.get(parcel).bookingExtra()))
        .isTrue();
    assertThat(page(get("/staff/services?lang=en")).getContentAsString()).contains("booking extra");

    // Unticked, the form sends only Spring's marker field: no longer offered.
    page(parcelForm(parcel).param("_bookingExtra", "on"));
    assertThat(inTenant(c.tenant().tenantId(), () -> catalogue.get(parcel).bookingExtra()))
        .isFalse();
  }

  private static MockHttpServletRequestBuilder parcelForm(UUID parcel) {
    return post("/staff/services/" + parcel)
        .param("code", "PARCEL")
        .param("name", "Parcel reception")
        .param("unit", "PIECE")
        .param("price", "500");
  }

  @Test
  void the_member_card_loads_the_services_fragment_and_adding_a_service_shows_the_month_at_once()
      throws Exception {
    String card = page(get("/staff/members/" + c.asel())).getContentAsString();
    assertThat(card).contains("id=\"member-services\"", "/staff/members/" + c.asel() + "/services");

    String fragment = htmx(get("/staff/members/" + c.asel() + "/services?lang=en"));
    assertThat(fragment)
        .doesNotContain("<html")
        .contains("add-service-form", "No services this month.");
    assertThat(fragment).contains("data-month=\"2027-01\"");

    htmx(
        post("/staff/members/" + c.asel() + "/services?lang=en")
            .param("serviceId", c.service("PRINTING").toString())
            .param("quantity", "60"));
    String after =
        htmx(
            post("/staff/members/" + c.asel() + "/services?lang=en")
                .param("serviceId", c.service("PRINTING").toString())
                .param("quantity", "85")
                .param("note", "brochures"));
    assertThat(after).contains("usage-total", "brochures", "KZT\u00a0900");
    assertThat(after).containsPattern("total-included\">100<").containsPattern("total-paid\">45<");

    String wrong =
        htmx(
            post("/staff/members/" + c.asel() + "/services?lang=en")
                .param("serviceId", c.service("PRINTING").toString())
                .param("quantity", "2.5"));
    assertThat(wrong).contains("add-service-error", "quantity: must be a whole number");
    assertThat(rows(c, "service_usage")).isEqualTo(2);
  }

  @Test
  void a_correction_from_the_member_card_needs_a_reason_and_nets_the_month() throws Exception {
    htmx(
        post("/staff/members/" + c.asel() + "/services")
            .param("serviceId", c.service("PREMIUM_COFFEE").toString())
            .param("quantity", "3"));
    UUID entry =
        inTenant(c.tenant().tenantId(), () -> usages.month(c.asel(), YearMonth.of(2027, 1)))
            .entries()
            .getFirst()
            .id();
    String refused =
        htmx(
            post("/staff/members/" + c.asel() + "/services/" + entry + "/corrections?lang=en")
                .param("quantity", "1")
                .param("reason", ""));
    assertThat(refused).contains("correction-error");
    String fixed =
        htmx(
            post("/staff/members/" + c.asel() + "/services/" + entry + "/corrections?lang=en")
                .param("quantity", "1")
                .param("reason", "one was on the house"));
    assertThat(fixed).contains("Correction: one was on the house", "KZT\u00a0600");
    // Another member's entry is not hers to correct from her card.
    assertThat(
            page(post("/staff/members/" + c.dana() + "/services/" + entry + "/corrections")
                    .param("quantity", "1")
                    .param("reason", "x"))
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void staff_give_a_member_a_card_from_her_card_page() throws Exception {
    String given = htmx(post("/staff/members/" + c.asel() + "/cards").param("cardId", " 04ab "));
    assertThat(given).contains("data-card-id=\"04AB\"");
    String taken =
        htmx(post("/staff/members/" + c.dana() + "/cards?lang=en").param("cardId", "04AB"));
    assertThat(taken).contains("card-error", "belongs to another member");
    String removed =
        htmx(post("/staff/members/" + c.asel() + "/cards/remove").param("cardId", "04AB"));
    assertThat(removed).doesNotContain("data-card-id=\"04AB\"");
  }

  @Test
  void staff_register_a_device_see_its_secret_once_and_resolve_an_unknown_card() throws Exception {
    var registered =
        mvc.perform(
                post("/staff/devices")
                    .param("name", "Coffee bar")
                    .param("kind", "COFFEE_MACHINE")
                    .param("locationId", c.tenant().locationId().toString())
                    .param("defaultServiceId", c.service("COFFEE").toString())
                    .with(owner)
                    .with(csrf()))
            .andReturn();
    String shown = registered.getResponse().getContentAsString();
    assertThat(shown).contains("issued-secret", "Coffee bar");
    String secret = shown.replaceAll("(?s).*id=\"issued-secret\">([^<]+)<.*", "$1");
    assertThat(secret).startsWith("dev_");
    String id = shown.replaceAll("(?s).*id=\"issued-device-id\">([^<]+)<.*", "$1");
    String location = "/staff/devices/" + id;
    // Any later visit of the device's page does not show it again.
    assertThat(page(get(location)).getContentAsString())
        .doesNotContain("issued-secret")
        .doesNotContain(secret);
    assertThat(page(get("/staff/devices?lang=en")).getContentAsString())
        .contains("Coffee bar", "Nothing to resolve");
    assertThat(page(get("/staff/devices/" + UUID.randomUUID())).getStatus()).isEqualTo(404);

    // The coffee machine reads a card nobody holds: the report waits on the page.
    UUID event =
        inTenant(
            c.tenant().tenantId(),
            () ->
                metering
                    .report(
                        UUID.fromString(id),
                        new DeviceReport("CAFE-9", null, BigDecimal.ONE, "cup-1", null))
                    .event()
                    .id());
    assertThat(page(get("/staff/devices?lang=en")).getContentAsString())
        .contains("data-event-id=\"" + event + "\"", "CAFE-9");
    var resolved =
        page(
            post("/staff/devices/events/" + event + "/resolve")
                .param("memberId", c.asel().toString())
                .param("giveCard", "true"));
    assertThat(resolved.getRedirectedUrl()).isEqualTo("/staff/devices#device-events");
    assertThat(page(get("/staff/devices?lang=en")).getContentAsString())
        .contains("Nothing to resolve");
    assertThat(htmx(get("/staff/members/" + c.asel() + "/services"))).contains("CAFE-9", "Coffee");
  }

  @Test
  void the_demo_printer_simulates_a_print_job_that_lands_on_asels_account() throws Exception {
    clock.reset();
    RequestPostProcessor gulnara = as("gulnara@demo.atrium", "demo", "demo");
    UUID demoTenant =
        signIn.authenticate("gulnara@demo.atrium", "demo", "demo", "127.0.0.1").tenantId();
    record Demo(UUID printer, UUID asel, YearMonth month) {}
    Demo demo =
        inTenant(
            demoTenant,
            () -> {
              Member asel = members.findByEmail("asel@demo.atrium").orElseThrow();
              UUID printer =
                  db.sql("SELECT id FROM service_device WHERE kind = 'PRINTER' AND demo")
                      .query(UUID.class)
                      .single();
              return new Demo(printer, asel.id(), usages.periodOf(asel.id(), clock.instant()));
            });
    String page =
        mvc.perform(get("/staff/devices/" + demo.printer() + "?lang=en").with(gulnara))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Simulate print job", ServicesDemo.ASEL_CARD);
    BigDecimal pages = printed(demoTenant, demo.asel(), demo.month());
    var done =
        mvc.perform(
                post("/staff/devices/" + demo.printer() + "/simulate")
                    .param("cardId", ServicesDemo.ASEL_CARD)
                    .param("quantity", "7")
                    .with(gulnara)
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(done.getRedirectedUrl()).isEqualTo("/staff/devices/" + demo.printer());
    assertThat(printed(demoTenant, demo.asel(), demo.month()))
        .isEqualByComparingTo(pages.add(BigDecimal.valueOf(7)));
    // A device of another coworking (not a demo one) has no simulator.
    var ours =
        postJson(
            "/api/v1/devices",
            c.token(),
            java.util.Map.of(
                "name", "P", "kind", "PRINTER", "locationId", c.tenant().locationId()));
    String theirs = ours.body().get("device").get("id").asText();
    assertThat(
            page(post("/staff/devices/" + theirs + "/simulate")
                    .param("cardId", "X")
                    .param("quantity", "1"))
                .getStatus())
        .isEqualTo(404);
  }

  /** Asel's printed pages of the month, as her member card shows them. */
  private BigDecimal printed(UUID tenant, UUID asel, YearMonth month) {
    return inTenant(
        tenant,
        () ->
            usages.month(asel, month).totals().stream()
                .filter(t -> t.serviceCode().equals("PRINTING"))
                .map(MonthUsage.Total::quantity)
                .findFirst()
                .orElse(BigDecimal.ZERO));
  }

  private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(owner).with(csrf())).andReturn().getResponse();
  }

  private String htmx(MockHttpServletRequestBuilder request) throws Exception {
    var r = page(request.header("HX-Request", "true"));
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString();
  }

  private RequestPostProcessor as(String email, String password, String slug) {
    AtriumUser user = signIn.authenticate(email, password, slug, "127.0.0.1");
    return authentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
  }
}
