package app.atrium.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.plans.AllowanceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class DeviceMeteringTest extends ServicesTestSupport {

  Coworking c;
  UUID printer;
  String authorization;

  @BeforeEach
  void a_printer_and_asels_card() throws Exception {
    c = coworking();
    Answer registered =
        postJson(
            "/api/v1/devices",
            c.token(),
            Map.of(
                "name",
                "Reception printer",
                "kind",
                "PRINTER",
                "locationId",
                c.tenant().locationId(),
                "defaultServiceId",
                c.service("PRINTING")));
    assertThat(registered.status()).isEqualTo(201);
    printer = UUID.fromString(registered.body().get("device").get("id").asText());
    authorization = registered.body().get("authorization").asText();
    assertThat(authorization).startsWith("Device " + printer + ":dev_");
    assertThat(
            postJson(
                    "/api/v1/member-cards",
                    c.token(),
                    Map.of("memberId", c.asel(), "cardId", "04a1b2"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void the_secret_is_shown_once_and_only_its_hash_is_kept() throws Exception {
    String secret = authorization.substring(authorization.indexOf(':') + 1);
    Answer device = send(get("/api/v1/devices/" + printer), c.token(), null);
    assertThat(device.body().toString()).doesNotContain(secret);
    String stored =
        inTenant(
            c.tenant().tenantId(),
            () ->
                db.sql("SELECT encode(secret_hash, 'hex') FROM service_device WHERE id = ?")
                    .param(printer)
                    .query(String.class)
                    .single());
    assertThat(stored).hasSize(64).doesNotContain(secret);
  }

  @Test
  void a_device_reports_pages_on_a_members_card_and_they_draw_her_allowance() throws Exception {
    Answer first = report(authorization, event("04A1B2", null, 30, "job-1"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.body().get("replayed").asBoolean()).isFalse();
    JsonNode usage = first.body().get("usage");
    assertThat(usage.get("memberId").asText()).isEqualTo(c.asel().toString());
    assertThat(usage.get("serviceCode").asText()).isEqualTo("PRINTING");
    assertThat(usage.get("source").asText()).isEqualTo("DEVICE");
    assertThat(usage.get("deviceId").asText()).isEqualTo(printer.toString());
    assertThat(usage.get("recordedBy").asText()).isEqualTo("Reception printer");
    assertThat(usage.get("includedQuantity").decimalValue()).isEqualByComparingTo("30");
    assertThat(first.body().get("event").get("status").asText()).isEqualTo("RECORDED");

    Answer beyond = report(authorization, event("04a1b2", "PRINTING", 80, "job-2"));
    assertThat(beyond.body().get("usage").get("paidQuantity").decimalValue())
        .isEqualByComparingTo("10");
    assertThat(beyond.body().get("usage").get("amount").decimalValue()).isEqualByComparingTo("200");
    assertThat(left(c, c.asel(), AllowanceKind.PRINTED_PAGES)).isEqualByComparingTo("0");
    assertThat(total(month(c, c.asel(), "2027-01"), "PRINTING").get("quantity").decimalValue())
        .isEqualByComparingTo("110");
  }

  @Test
  void the_same_device_event_twice_counts_once_and_the_repeat_answers_the_first_result()
      throws Exception {
    Answer first = report(authorization, event("04A1B2", null, 30, "job-7"));
    Answer again = report(authorization, event("04A1B2", null, 30, "job-7"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("replayed").asBoolean()).isTrue();
    assertThat(again.body().get("usage").get("id").asText())
        .isEqualTo(first.body().get("usage").get("id").asText());
    assertThat(rows(c, "service_usage")).isEqualTo(1);
    assertThat(rows(c, "device_event")).isEqualTo(1);
    assertThat(left(c, c.asel(), AllowanceKind.PRINTED_PAGES)).isEqualByComparingTo("70");
  }

  @Test
  void two_identical_reports_at_the_same_instant_count_once() throws Exception {
    for (int round = 0; round < 5; round++) {
      String id = "burst-" + round;
      var start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(
              pool.submit(
                  () -> {
                    start.await();
                    return report(authorization, event("04A1B2", null, 5, id));
                  }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Answer> f : answers) statuses.add(f.get().status());
        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(rows(c, "device_event")).isEqualTo(5);
    assertThat(rows(c, "service_usage")).isEqualTo(5);
    assertThat(left(c, c.asel(), AllowanceKind.PRINTED_PAGES)).isEqualByComparingTo("75");
  }

  @Test
  void an_unknown_card_is_refused_kept_for_staff_and_recorded_once_they_assign_a_member()
      throws Exception {
    Answer refused = report(authorization, event("FFEE01", null, 12, "job-9"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().get("type").asText()).endsWith("/unknown-card");
    assertThat(refused.body().get("detail").asText()).contains("FFEE01");
    String eventId = refused.body().get("eventId").asText();
    assertThat(rows(c, "service_usage")).isZero();
    // Resent by mistake: still one report, still refused the same way.
    assertThat(report(authorization, event("FFEE01", null, 12, "job-9")).status()).isEqualTo(422);

    Answer waiting = send(get("/api/v1/devices/events"), c.token(), null);
    assertThat(waiting.body()).hasSize(1);
    assertThat(waiting.body().get(0).get("id").asText()).isEqualTo(eventId);
    assertThat(waiting.body().get(0).get("cardId").asText()).isEqualTo("FFEE01");

    Answer resolved =
        postJson(
            "/api/v1/devices/events/" + eventId + "/resolve",
            c.token(),
            Map.of("memberId", c.dana(), "giveCard", true));
    assertThat(resolved.status()).isEqualTo(200);
    assertThat(resolved.body().get("status").asText()).isEqualTo("RECORDED");
    assertThat(resolved.body().get("resolvedBy").asText()).startsWith("Owner");
    assertThat(send(get("/api/v1/devices/events"), c.token(), null).body()).isEmpty();
    assertThat(total(month(c, c.dana(), "2027-01"), "PRINTING").get("quantity").decimalValue())
        .isEqualByComparingTo("12");
    assertThat(
            postJson(
                    "/api/v1/devices/events/" + eventId + "/resolve",
                    c.token(),
                    Map.of("memberId", c.asel()))
                .status())
        .isEqualTo(409);
    // The card is Dana's now: her next report resolves by itself, and the old one replays as done.
    assertThat(report(authorization, event("FFEE01", null, 1, "job-10")).status()).isEqualTo(201);
    Answer replay = report(authorization, event("FFEE01", null, 12, "job-9"));
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.body().get("usage").get("memberId").asText()).isEqualTo(c.dana().toString());
  }

  @Test
  void staff_may_dismiss_an_unknown_report_and_nothing_is_recorded() throws Exception {
    String eventId =
        report(authorization, event("GUEST", null, 1, "x")).body().get("eventId").asText();
    Answer dismissed = postJson("/api/v1/devices/events/" + eventId + "/dismiss", c.token(), null);
    assertThat(dismissed.body().get("status").asText()).isEqualTo("DISMISSED");
    assertThat(send(get("/api/v1/devices/events"), c.token(), null).body()).isEmpty();
    assertThat(rows(c, "service_usage")).isZero();
  }

  @Test
  void a_wrong_or_missing_secret_is_a_401_and_records_nothing() throws Exception {
    String wrong = authorization.substring(0, authorization.length() - 4) + "AAAA";
    for (String header :
        new String[] {
          wrong,
          null,
          "Device " + printer,
          "Device " + UUID.randomUUID() + authorization.substring(authorization.indexOf(':')),
          "Bearer " + c.token(),
          "Device not-an-id:dev_x"
        }) {
      Answer a = report(header, event("04A1B2", null, 5, "job-x"));
      assertThat(a.status()).as("Authorization: %s", header).isEqualTo(401);
      assertThat(a.body().get("type").asText()).endsWith("/device-unauthorized");
    }
    assertThat(rows(c, "device_event")).isZero();
    assertThat(rows(c, "service_usage")).isZero();
  }

  @Test
  void a_new_secret_or_retirement_stops_the_old_secret_at_once() throws Exception {
    Answer rotated = postJson("/api/v1/devices/" + printer + "/secret", c.token(), null);
    assertThat(rotated.status()).isEqualTo(200);
    String fresh = rotated.body().get("authorization").asText();
    assertThat(report(authorization, event("04A1B2", null, 1, "a")).status()).isEqualTo(401);
    assertThat(report(fresh, event("04A1B2", null, 1, "a")).status()).isEqualTo(201);
    postJson("/api/v1/devices/" + printer + "/retire", c.token(), null);
    assertThat(report(fresh, event("04A1B2", null, 1, "b")).status()).isEqualTo(401);
    assertThat(rows(c, "service_usage")).isEqualTo(1);
  }

  @Test
  void bad_reports_are_refused_and_store_nothing() throws Exception {
    for (Map<String, Object> bad :
        List.of(
            event("04A1B2", null, 0, "q0"),
            event("04A1B2", null, 2.5, "q1"),
            event("04A1B2", "NO_SUCH", 1, "q2"),
            event("bad card!", null, 1, "q3"),
            event("04A1B2", null, 1, ""),
            event("04A1B2", null, 1, "x".repeat(101)))) {
      assertThat(report(authorization, bad).status()).as("%s", bad).isEqualTo(422);
    }
    Map<String, Object> future = event("04A1B2", null, 1, "q4");
    future.put("occurredAt", "2027-03-01T00:00:00Z");
    assertThat(report(authorization, future).status()).isEqualTo(422);
    assertThat(report(authorization, Map.of("broken", true)).status()).isEqualTo(400);
    assertThat(rows(c, "device_event")).isZero();
  }

  @Test
  void a_device_reports_only_into_its_own_coworking() throws Exception {
    var other = newTenant();
    // The other coworking's staff see nothing of this one's devices and reports.
    String eventId =
        report(authorization, event("NOBODY", null, 1, "o1")).body().get("eventId").asText();
    assertThat(send(get("/api/v1/devices"), other.token(), null).body()).isEmpty();
    assertThat(send(get("/api/v1/devices/" + printer), other.token(), null).status())
        .isEqualTo(404);
    assertThat(send(get("/api/v1/devices/events"), other.token(), null).body()).isEmpty();
    assertThat(
            postJson(
                    "/api/v1/devices/events/" + eventId + "/resolve",
                    other.token(),
                    Map.of("memberId", UUID.randomUUID()))
                .status())
        .isEqualTo(404);
    assertThat(postJson("/api/v1/devices/" + printer + "/secret", other.token(), null).status())
        .isEqualTo(404);
    // A card of the other coworking is unknown here, even with the same id.
    UUID theirs =
        inTenant(
            other.tenantId(),
            () ->
                members
                    .create(
                        new app.atrium.members.MemberDraft(
                            "Other", "", null, "", null, false, List.of()))
                    .id());
    assertThat(
            postJson(
                    "/api/v1/member-cards",
                    other.token(),
                    Map.of("memberId", theirs, "cardId", "SHARED-1"))
                .status())
        .isEqualTo(201);
    assertThat(report(authorization, event("SHARED-1", null, 1, "o2")).status()).isEqualTo(422);
    assertThat(
            postJson(
                    "/api/v1/member-cards",
                    other.token(),
                    Map.of("memberId", c.asel(), "cardId", "X1"))
                .status())
        .isEqualTo(422);
  }

  @Test
  void a_card_belongs_to_one_member_and_staff_take_it_back() throws Exception {
    Answer taken =
        postJson(
            "/api/v1/member-cards", c.token(), Map.of("memberId", c.dana(), "cardId", "04A1B2"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(
            postJson(
                    "/api/v1/member-cards",
                    c.token(),
                    Map.of("memberId", c.asel(), "cardId", "04A1B2"))
                .status())
        .as("the same card again changes nothing")
        .isEqualTo(201);
    assertThat(send(get("/api/v1/member-cards?memberId=" + c.asel()), c.token(), null).body())
        .hasSize(1);
    assertThat(send(delete("/api/v1/member-cards/04a1b2"), c.token(), null).status())
        .isEqualTo(204);
    assertThat(send(delete("/api/v1/member-cards/04a1b2"), c.token(), null).status())
        .isEqualTo(404);
    assertThat(report(authorization, event("04A1B2", null, 1, "after")).status()).isEqualTo(422);
  }

  private static Map<String, Object> event(String card, String code, Object quantity, String id) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("cardId", card);
    if (code != null) e.put("serviceCode", code);
    e.put("quantity", quantity);
    e.put("deviceEventId", id);
    return e;
  }

  private Answer report(String authorization, Map<String, Object> body) throws Exception {
    var request =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/devices/events")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body));
    if (authorization != null) request.header(HttpHeaders.AUTHORIZATION, authorization);
    var r = mvc.perform(request).andReturn().getResponse();
    String text = r.getContentAsString();
    return new Answer(r.getStatus(), text.isBlank() ? json.nullNode() : json.readTree(text));
  }
}
