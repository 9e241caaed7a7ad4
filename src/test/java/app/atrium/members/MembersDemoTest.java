package app.atrium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MembersDemoTest extends IntegrationTest {

  @Test
  void the_demo_coworking_has_its_people_companies_and_asel_with_a_login() throws Exception {
    String owner = "Bearer " + token("damir@demo.atrium", "demo", "demo");
    JsonNode all = body(owner, "/api/v1/members?status=ANY&limit=200");
    assertThat(all.get("total").asInt()).isEqualTo(60);
    JsonNode active = body(owner, "/api/v1/members");
    assertThat(active.get("total").asInt()).isBetween(55, 59);
    assertThat(body(owner, "/api/v1/companies").size()).isEqualTo(8);

    JsonNode asel = body(owner, "/api/v1/members?q=asel@demo.atrium").get("items").get(0);
    assertThat(asel.get("firstName").asText()).isEqualTo("Асель");
    assertThat(asel.get("accountId").isNull()).isFalse();
    assertThat(asel.get("companyName").asText()).isEqualTo("Шанырак Дизайн");
    assertThat(body(owner, "/api/v1/members/" + asel.get("id").asText() + "/notes").size())
        .isEqualTo(2);

    int billed = 0;
    int tagged = 0;
    for (JsonNode m : all.get("items")) {
      if (m.get("billedToCompany").asBoolean()) billed++;
      if (!m.get("tags").isEmpty()) tagged++;
      assertThat(m.get("phone").asText()).startsWith("+7 7");
      if (m.has("email") && !m.get("firstName").asText().equals("Асель")) {
        assertThat(m.get("email").asText()).endsWith("@example.kz");
      }
    }
    assertThat(billed).isPositive();
    assertThat(tagged).isGreaterThan(20);
  }

  private JsonNode body(String bearer, String url) throws Exception {
    return json.readTree(
        mvc.perform(get(url).header("Authorization", bearer))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
