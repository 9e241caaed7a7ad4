package app.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.atrium.platform.security.Role;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ApiTokensTest extends IntegrationTest {

  @Test
  void a_token_is_stored_only_as_its_hash_and_works_until_revoked() throws Exception {
    TestTenant t = newTenant();
    var me =
        mvc.perform(get("/api/v1/me").header("Authorization", t.bearer()))
            .andReturn()
            .getResponse();
    assertThat(me.getStatus()).isEqualTo(200);
    assertThat(json.readTree(me.getContentAsString()).get("role").asText()).isEqualTo("OWNER");

    long plain =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT count(*) FROM api_token WHERE encode(token_hash, 'escape') LIKE ?")
                    .param("%" + t.token().substring(4, 20) + "%")
                    .query(Long.class)
                    .single());
    assertThat(plain).isZero();

    assertThat(
            mvc.perform(delete("/api/v1/auth/token").header("Authorization", t.bearer()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(204);
    var after =
        mvc.perform(get("/api/v1/me").header("Authorization", t.bearer()))
            .andReturn()
            .getResponse();
    assertThat(after.getStatus()).isEqualTo(401);
    assertThat(after.getContentType()).contains("application/problem+json");
  }

  @Test
  void calls_without_a_token_get_a_401_problem() throws Exception {
    var r = mvc.perform(get("/api/v1/locations")).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(401);
    assertThat(json.readTree(r.getContentAsString()).get("type").asText())
        .endsWith("/unauthorized");
    var forged =
        mvc.perform(get("/api/v1/locations").header("Authorization", "Bearer atr_forged"))
            .andReturn()
            .getResponse();
    assertThat(forged.getStatus()).isEqualTo(401);
  }

  @Test
  void an_accountant_reads_but_cannot_change() throws Exception {
    TestTenant t = newTenant();
    String accountant = addUser(t, Role.ACCOUNTANT, "Ann Counter");
    String token = token(accountant, t.password(), t.slug());
    assertThat(
            mvc.perform(get("/api/v1/locations").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    var r =
        mvc.perform(
                post("/api/v1/locations")
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"Second\",\"timeZone\":\"Asia/Almaty\"}"))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(403);
    assertThat(json.readTree(r.getContentAsString()).get("type").asText()).endsWith("/forbidden");
  }

  @Test
  void an_account_in_two_coworkings_must_name_one() throws Exception {
    TestTenant first = newTenant();
    TestTenant second = newTenant();
    // The first owner is also given a role in the second coworking.
    inTenant(second.tenantId(), () -> accounts.grant(first.ownerEmail(), "Owner", Role.ADMIN));
    String body =
        "{\"email\":\"" + first.ownerEmail() + "\",\"password\":\"" + first.password() + "\"}";
    var r =
        mvc.perform(
                post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(422);
    var problem = json.readTree(r.getContentAsString());
    assertThat(problem.get("type").asText()).endsWith("/tenant-required");
    assertThat(problem.get("tenants").toString()).contains(first.slug(), second.slug());

    String token = token(first.ownerEmail(), first.password(), second.slug());
    var me =
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
            .andReturn()
            .getResponse();
    assertThat(json.readTree(me.getContentAsString()).get("tenant").asText())
        .isEqualTo(second.slug());
    assertThat(json.readTree(me.getContentAsString()).get("role").asText()).isEqualTo("ADMIN");
  }
}
