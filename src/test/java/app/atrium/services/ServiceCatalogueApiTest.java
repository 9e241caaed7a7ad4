package app.atrium.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import app.atrium.platform.security.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ServiceCatalogueApiTest extends ServicesTestSupport {

  Coworking c;

  @BeforeEach
  void coworking_with_its_services() throws Exception {
    c = coworking();
  }

  @Test
  void staff_add_change_archive_and_restore_a_service() throws Exception {
    var body = service("LOCKER", "Locker", "MONTH", 5000, null);
    body.put("includedPlanIds", List.of(c.residentPlan()));
    Answer created = postJson("/api/v1/services", c.token(), body);
    assertThat(created.status()).isEqualTo(201);
    JsonNode s = created.body();
    assertThat(s.get("code").asText()).isEqualTo("LOCKER");
    assertThat(s.get("unit").asText()).isEqualTo("MONTH");
    assertThat(s.get("price").decimalValue()).isEqualByComparingTo("5000");
    assertThat(s.get("currency").asText()).isEqualTo("KZT");
    assertThat(s.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(s.get("includedPlanIds").get(0).asText()).isEqualTo(c.residentPlan().toString());
    String id = s.get("id").asText();

    // What is read is a valid draft: change the price and send it back.
    var changed = (tools.jackson.databind.node.ObjectNode) s.deepCopy();
    changed.put("price", 4500);
    changed.put("name", "Locker (small)");
    Answer updated = send(put("/api/v1/services/" + id), c.token(), changed);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.body().get("price").decimalValue()).isEqualByComparingTo("4500");
    assertThat(updated.body().get("name").asText()).isEqualTo("Locker (small)");

    assertThat(
            postJson("/api/v1/services/" + id + "/archive", c.token(), null)
                .body()
                .get("status")
                .asText())
        .isEqualTo("ARCHIVED");
    assertThat(send(get("/api/v1/services?status=ACTIVE"), c.token(), null).body().toString())
        .doesNotContain(id);
    assertThat(send(get("/api/v1/services?status=ARCHIVED"), c.token(), null).body().toString())
        .contains(id);
    assertThat(
            postJson("/api/v1/services/" + id + "/restore", c.token(), null)
                .body()
                .get("status")
                .asText())
        .isEqualTo("ACTIVE");
    assertThat(send(get("/api/v1/services/" + id), c.token(), null).status()).isEqualTo(200);
  }

  @Test
  void bad_input_is_a_4xx_naming_the_field_and_changes_nothing() throws Exception {
    long before = rows(c, "service");
    record Case(String field, Object value, int status) {}
    for (Case k :
        List.of(
            new Case("code", "lower case", 422),
            new Case("code", "", 422),
            new Case("name", "", 422),
            new Case("name", "x".repeat(101), 422),
            new Case("unit", "LITRE", 400),
            new Case("price", -1, 422),
            new Case("price", 1.234, 422),
            new Case("price", "twenty", 400),
            new Case("allowanceKind", "MEETING_ROOM_HOURS", 422),
            new Case("allowanceKind", "BEER", 400),
            new Case("includedPlanIds", List.of(UUID.randomUUID()), 422))) {
      var body = service("LOCKER", "Locker", "MONTH", 5000, null);
      body.put(k.field(), k.value());
      Answer a = postJson("/api/v1/services", c.token(), body);
      assertThat(a.status())
          .as("%s = %s: %s", k.field(), k.value(), a.body())
          .isEqualTo(k.status());
      if (a.status() == 422) {
        assertThat(a.body().get("errors").get(0).get("field").asText()).isEqualTo(k.field());
      }
    }
    var missing = service("LOCKER", "Locker", "MONTH", 5000, null);
    missing.remove("unit");
    assertThat(postJson("/api/v1/services", c.token(), missing).status()).isEqualTo(422);
    var duplicate = service("PRINTING", "Another printing", "PAGE", 10, null);
    Answer taken = postJson("/api/v1/services", c.token(), duplicate);
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body().get("type").asText()).endsWith("/duplicate-code");
    var rename = service("COFFEE", "Printing", "PAGE", 10, null);
    assertThat(send(put("/api/v1/services/" + c.service("PRINTING")), c.token(), rename).status())
        .isEqualTo(409);
    assertThat(send(put("/api/v1/services/" + UUID.randomUUID()), c.token(), duplicate).status())
        .isEqualTo(404);
    assertThat(rows(c, "service")).isEqualTo(before);
    assertThat(
            send(get("/api/v1/services/" + c.service("PRINTING")), c.token(), null)
                .body()
                .get("name")
                .asText())
        .isEqualTo("Printing");
  }

  @Test
  void only_owners_and_admins_change_the_catalogue_and_members_may_read_it() throws Exception {
    String accountant = addUser(c.tenant(), Role.ACCOUNTANT, "Aigerim");
    String token = token(accountant, c.tenant().password(), c.tenant().slug());
    assertThat(postJson("/api/v1/services", token, service("X", "X", "PIECE", 1, null)).status())
        .isEqualTo(403);
    assertThat(send(get("/api/v1/services"), token, null).body()).hasSize(c.services().size());
  }

  @Test
  void another_coworking_sees_none_of_the_catalogue_and_may_use_the_same_codes() throws Exception {
    var other = newTenant();
    assertThat(send(get("/api/v1/services"), other.token(), null).body()).isEmpty();
    assertThat(send(get("/api/v1/services/" + c.service("PRINTING")), other.token(), null).status())
        .isEqualTo(404);
    assertThat(
            postJson("/api/v1/services/" + c.service("PRINTING") + "/archive", other.token(), null)
                .status())
        .isEqualTo(404);
    var body = service("PRINTING", "Печать", "PAGE", 15, null);
    assertThat(postJson("/api/v1/services", other.token(), body).status()).isEqualTo(201);
    // A plan of this coworking cannot be named by the other one.
    body = service("LOCKER", "Locker", "MONTH", 1, null);
    body.put("includedPlanIds", List.of(c.residentPlan()));
    assertThat(postJson("/api/v1/services", other.token(), body).status()).isEqualTo(422);
    assertThat(
            send(get("/api/v1/services/" + c.service("PRINTING")), c.token(), null)
                .body()
                .get("price")
                .decimalValue())
        .isEqualByComparingTo("20");
  }
}
