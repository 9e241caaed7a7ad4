package app.atrium.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff page: preview (nothing issued), start, the run's result; in RU, EN and ES. */
class InvoiceRunPagesTest extends InvoiceRunFixture {

  @Test
  void staffPreviewThenStartTheRunAndSeeItsResult() throws Exception {
    coworking();
    resident("Asel", LocalDate.of(2027, 1, 1));
    clock.setInstant(at(LocalDate.of(2027, 2, 1), 9));
    RequestPostProcessor admin = staff(Role.ADMIN, "en");

    String en =
        mvc.perform(get("/staff/invoice-runs").param("lang", "en").with(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(en).contains("Invoice runs").contains("No runs yet.").contains("value=\"2027-02\"");
    assertThat(
            mvc.perform(get("/staff/invoice-runs").param("lang", "ru").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Выставление счетов")
        .contains("Выставить счета");
    assertThat(
            mvc.perform(get("/staff/invoice-runs").param("lang", "es").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Emisión de facturas");

    String preview =
        mvc.perform(
                post("/staff/invoice-runs/preview")
                    .param("period", "2027-02")
                    .param("lang", "en")
                    .with(admin)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(preview).contains("Membership «Resident» — February").contains("85000");
    assertThat(getJson("/api/v1/invoices").get("total").asInt()).isZero();

    var bad =
        mvc.perform(post("/staff/invoice-runs").param("period", "2027-13").with(admin).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(bad.getRedirectedUrl()).isEqualTo("/staff/invoice-runs");
    assertThat(getJson("/api/v1/invoice-runs")).isEmpty();

    var started =
        mvc.perform(post("/staff/invoice-runs").param("period", "2027-02").with(admin).with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(started.getRedirectedUrl()).isEqualTo("/staff/invoice-runs");
    await(getJson("/api/v1/invoice-runs").get(0).get("id").asText());
    String after =
        mvc.perform(get("/staff/invoice-runs").param("lang", "en").with(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(after).contains("data-status=\"DONE\"").contains(">85000<");
  }

  @Test
  void theApiRefusesAMissingOrFuturePeriodWithAProblem() throws Exception {
    coworking();
    clock.setInstant(at(LocalDate.of(2027, 2, 1), 9));
    assertThat(send("/api/v1/invoice-runs", java.util.Map.of()).getStatus()).isEqualTo(422);
    assertThat(send("/api/v1/invoice-runs", java.util.Map.of("period", "2027-03")).getStatus())
        .isEqualTo(422);
    assertThat(
            send("/api/v1/invoice-runs/preview", java.util.Map.of("period", "2027-02", "limit", 0))
                .getStatus())
        .isEqualTo(422);
    assertThat(getJson("/api/v1/invoice-runs")).isEmpty();
  }

  private RequestPostProcessor staff(Role role, String locale) {
    var user =
        new AtriumUser(
            UUID.randomUUID(),
            role.name().toLowerCase() + "@" + t.slug(),
            "Staff " + role,
            t.tenantId(),
            t.slug(),
            "Test coworking",
            locale,
            role);
    return SecurityMockMvcRequestPostProcessors.authentication(
        new UsernamePasswordAuthenticationToken(user, null, user.authorities()));
  }
}
