package app.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInThrottlingTest extends IntegrationTest {

  private MockHttpServletResponse signIn(String email, String password, String address)
      throws Exception {
    String body = json.writeValueAsString(Map.of("email", email, "password", password));
    return mvc.perform(
            post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(
                    r -> {
                      r.setRemoteAddr(address);
                      return r;
                    }))
        .andReturn()
        .getResponse();
  }

  private String type(MockHttpServletResponse r) throws Exception {
    return json.readTree(r.getContentAsString()).path("type").asText();
  }

  @Test
  void twenty_wrong_passwords_are_slowed_down_then_locked_until_the_lock_runs_out()
      throws Exception {
    TestTenant t = newTenant();
    String address = "10.20.0.1";
    int failures = 0;
    int throttled = 0;
    while (failures < 20) {
      var r = signIn(t.ownerEmail(), "wrong-" + failures, address);
      if (r.getStatus() == 429) {
        assertThat(type(r)).endsWith("/sign-in-throttled");
        long wait = Long.parseLong(r.getHeader("Retry-After"));
        assertThat(wait).isBetween(1L, 60L);
        throttled++;
        clock.advance(Duration.ofSeconds(wait));
        continue;
      }
      assertThat(r.getStatus()).isEqualTo(401);
      assertThat(type(r)).endsWith("/bad-credentials");
      failures++;
    }
    // After the 5 free failures every further one had to wait first.
    assertThat(throttled).isGreaterThanOrEqualTo(14);

    clock.advance(Duration.ofMinutes(2));
    var locked = signIn(t.ownerEmail(), t.password(), address);
    assertThat(locked.getStatus()).isEqualTo(429);
    assertThat(type(locked)).endsWith("/sign-in-locked");

    clock.advance(Duration.ofMinutes(15));
    assertThat(signIn(t.ownerEmail(), t.password(), address).getStatus()).isEqualTo(201);
  }

  @Test
  void an_owner_can_unlock_a_locked_colleague() throws Exception {
    TestTenant t = newTenant();
    String desk = addUser(t, app.atrium.platform.security.Role.ADMIN, "Desk Person");
    String address = "10.20.0.2";
    int failures = 0;
    while (failures < 20) {
      var r = signIn(desk, "nope", address);
      if (r.getStatus() == 429) {
        clock.advance(Duration.ofSeconds(Long.parseLong(r.getHeader("Retry-After"))));
        continue;
      }
      failures++;
    }
    clock.advance(Duration.ofMinutes(1));
    assertThat(signIn(desk, t.password(), address).getStatus()).isEqualTo(429);

    var unlock =
        mvc.perform(
                post("/api/v1/auth/unlock")
                    .header("Authorization", t.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"email\":\"" + desk + "\"}"))
            .andReturn()
            .getResponse();
    assertThat(unlock.getStatus()).isEqualTo(204);
    assertThat(signIn(desk, t.password(), address).getStatus()).isEqualTo(201);
  }

  @Test
  void an_owner_cannot_unlock_someone_outside_the_coworking() throws Exception {
    TestTenant mine = newTenant();
    TestTenant other = newTenant();
    var r =
        mvc.perform(
                post("/api/v1/auth/unlock")
                    .header("Authorization", mine.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"email\":\"" + other.ownerEmail() + "\"}"))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(404);
  }

  @Test
  void one_address_guessing_many_accounts_is_slowed_down() throws Exception {
    String address = "10.20.0.3";
    int throttledAt = -1;
    for (int i = 0; i < 60; i++) {
      var r = signIn("nobody-" + i + "@test.atrium", "guess", address);
      if (r.getStatus() == 429) {
        throttledAt = i;
        break;
      }
      assertThat(r.getStatus()).isEqualTo(401);
    }
    assertThat(throttledAt).isEqualTo(50);
    // Another address is not affected.
    assertThat(signIn("nobody@test.atrium", "guess", "10.20.0.4").getStatus()).isEqualTo(401);
  }
}
