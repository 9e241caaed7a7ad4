package app.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A member's API token reads her own things only: other people's details, the books and the invoice
 * runs are refused (403), and the member-aware lists show nothing of anyone else's.
 */
class ApiRolesTest extends IntegrationTest {

  @Test
  void aMemberTokenReadsNobodyElsesDetailsOrInvoices() throws Exception {
    TestTenant t = newTenant();
    String other =
        send(
                post("/api/v1/members"),
                t.bearer(),
                Map.of("firstName", "Other", "lastName", "Person", "email", "other@example.kz"))
            .getContentAsString();
    String otherId = json.readTree(other).get("id").asText();
    send(post("/api/v1/companies"), t.bearer(), Map.of("name", "Acme"));
    var invoice =
        send(
            post("/api/v1/invoices"),
            t.bearer(),
            Map.of(
                "memberId",
                otherId,
                "lines",
                List.of(
                    Map.of(
                        "kind",
                        "ONE_OFF",
                        "description",
                        "Key card",
                        "quantity",
                        1,
                        "unitPrice",
                        2000))));
    assertThat(invoice.getStatus()).isEqualTo(201);

    String member =
        "Bearer " + token(addUser(t, Role.MEMBER, "Asel Member"), t.password(), t.slug());
    for (String path :
        List.of(
            "/api/v1/members",
            "/api/v1/members/" + otherId,
            "/api/v1/members/" + otherId + "/balance",
            "/api/v1/companies",
            "/api/v1/accounting-periods",
            "/api/v1/pending-charges",
            "/api/v1/invoice-runs/" + java.util.UUID.randomUUID())) {
      assertThat(read(path, member).getStatus()).as(path).isEqualTo(403);
      assertThat(read(path, t.bearer()).getStatus()).as(path).isNotEqualTo(403);
    }
    assertThat(
            json.readTree(read("/api/v1/invoices", member).getContentAsString())
                .get("total")
                .asInt())
        .isZero();
    assertThat(
            json.readTree(read("/api/v1/invoices", t.bearer()).getContentAsString())
                .get("total")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void anAccountantKeepsTheBooksButDoesNotRunTheCoworking() throws Exception {
    TestTenant t = newTenant();
    String accountant =
        "Bearer " + token(addUser(t, Role.ACCOUNTANT, "Aigerim Books"), t.password(), t.slug());
    String month = java.time.YearMonth.now(clock).minusMonths(1).toString();
    assertThat(
            send(post("/api/v1/invoice-runs/preview"), accountant, Map.of("period", month))
                .getStatus())
        .isEqualTo(200);
    assertThat(
            send(post("/api/v1/accounting-periods/" + month + "/lock"), accountant, Map.of())
                .getStatus())
        .isLessThan(300);
    assertThat(
            send(post("/api/v1/plans"), accountant, Map.of("code", "X", "name", "X", "price", 1))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            send(
                    post("/api/v1/members"),
                    accountant,
                    Map.of("firstName", "A", "lastName", "B", "email", "ab@example.kz"))
                .getStatus())
        .isEqualTo(403);
  }

  private MockHttpServletResponse read(String path, String bearer) throws Exception {
    return mvc.perform(get(path).header("Authorization", bearer)).andReturn().getResponse();
  }

  private MockHttpServletResponse send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String bearer,
      Object body)
      throws Exception {
    return mvc.perform(
            request
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)))
        .andReturn()
        .getResponse();
  }
}
