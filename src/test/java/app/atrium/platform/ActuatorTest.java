package app.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.platform.security.Role;
import app.atrium.platform.security.SignIn;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class ActuatorTest extends IntegrationTest {

  @Autowired SignIn signIn;

  @Test
  void health_is_public_and_up_even_with_an_unreachable_mail_server() throws Exception {
    var r = mvc.perform(get("/actuator/health")).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(json.readTree(r.getContentAsString()).get("status").asText()).isEqualTo("UP");
    assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
  }

  @Test
  void prometheus_metrics_are_for_staff_only() throws Exception {
    assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus())
        .isIn(302, 401);
    TestTenant t = newTenant();
    String memberEmail = addUser(t, Role.MEMBER, "Mia Member");
    var member = signIn.authenticate(memberEmail, t.password(), t.slug(), "127.0.0.1");
    var owner = signIn.authenticate(t.ownerEmail(), t.password(), t.slug(), "127.0.0.1");
    assertThat(
            mvc.perform(
                    get("/actuator/prometheus")
                        .with(
                            authentication(
                                UsernamePasswordAuthenticationToken.authenticated(
                                    member, null, member.authorities()))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    var r =
        mvc.perform(
                get("/actuator/prometheus")
                    .with(
                        authentication(
                            UsernamePasswordAuthenticationToken.authenticated(
                                owner, null, owner.authorities()))))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString()).contains("jvm_memory_used_bytes", "hikaricp_connections");
  }
}
