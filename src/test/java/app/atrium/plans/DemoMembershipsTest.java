package app.atrium.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.support.IntegrationTest;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DemoMembershipsTest extends IntegrationTest {

  private JsonNode getJson(String path, String token) throws Exception {
    return json.readTree(
        mvc.perform(get(path).header("Authorization", "Bearer " + token))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void the_demo_members_are_spread_over_the_five_plans_with_asel_a_resident() throws Exception {
    String token = token("damir@demo.atrium", "demo", "demo");
    JsonNode memberships = getJson("/api/v1/memberships", token);
    assertThat(memberships.size()).isBetween(50, 70);
    var plans = new HashSet<String>();
    memberships.forEach(m -> plans.add(m.get("planId").asText()));
    assertThat(plans).hasSize(5);

    JsonNode asel = getJson("/api/v1/members?q=asel@demo.atrium", token).get("items").get(0);
    JsonNode hers = getJson("/api/v1/memberships?memberId=" + asel.get("id").asText(), token);
    assertThat(hers.size()).isEqualTo(1);
    JsonNode plan = getJson("/api/v1/plans/" + hers.get(0).get("planId").asText(), token);
    assertThat(plan.get("code").asText()).isEqualTo("RESIDENT");
  }
}
