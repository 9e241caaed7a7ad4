package app.atrium.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.atrium.plans.AllowanceKind;
import app.atrium.platform.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ServiceUsageApiTest extends ServicesTestSupport {

  @Autowired ServiceUsages usages;

  Coworking c;

  @BeforeEach
  void coworking_in_mid_january() throws Exception {
    c = coworking();
  }

  @Test
  void a_resident_prints_60_then_85_pages_and_pays_45_beyond_her_100_at_20_each() throws Exception {
    Answer first = use(c, c.asel(), "PRINTING", 60);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.body().get("includedQuantity").decimalValue()).isEqualByComparingTo("60");
    assertThat(first.body().get("paidQuantity").decimalValue()).isEqualByComparingTo("0");
    assertThat(first.body().get("amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(first.body().get("period").asText()).isEqualTo("2027-01");
    assertThat(first.body().get("source").asText()).isEqualTo("STAFF");
    assertThat(first.body().get("recordedBy").asText()).startsWith("Owner");

    Answer second = use(c, c.asel(), "PRINTING", 85);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.body().get("includedQuantity").decimalValue()).isEqualByComparingTo("40");
    assertThat(second.body().get("paidQuantity").decimalValue()).isEqualByComparingTo("45");
    assertThat(second.body().get("unitPrice").decimalValue()).isEqualByComparingTo("20");
    assertThat(second.body().get("amount").decimalValue()).isEqualByComparingTo("900");

    Answer month = month(c, c.asel(), "2027-01");
    assertThat(month.status()).isEqualTo(200);
    JsonNode printing = total(month, "PRINTING");
    assertThat(printing.get("quantity").decimalValue()).isEqualByComparingTo("145");
    assertThat(printing.get("includedQuantity").decimalValue()).isEqualByComparingTo("100");
    assertThat(printing.get("paidQuantity").decimalValue()).isEqualByComparingTo("45");
    assertThat(printing.get("amount").decimalValue()).isEqualByComparingTo("900");
    assertThat(month.body().get("amount").decimalValue()).isEqualByComparingTo("900");
    assertThat(month.body().get("currency").asText()).isEqualTo("KZT");
    assertThat(month.body().get("entries")).hasSize(2);
    assertThat(left(c, c.asel(), AllowanceKind.PRINTED_PAGES)).isEqualByComparingTo("0");
    // February is a new month with a new allowance and no usage yet.
    assertThat(month(c, c.asel(), "2027-02").body().get("entries")).isEmpty();
  }

  @Test
  void the_price_is_frozen_on_the_entry_when_the_catalogue_changes_later() throws Exception {
    use(c, c.asel(), "PRINTING", 100);
    Answer paid = use(c, c.asel(), "PRINTING", 10);
    var body = service("PRINTING", "Printing", "PAGE", 25, "PRINTED_PAGES");
    assertThat(send(put("/api/v1/services/" + c.service("PRINTING")), c.token(), body).status())
        .isEqualTo(200);
    Answer later = use(c, c.asel(), "PRINTING", 10);

    assertThat(usages(c, paid).get("amount").decimalValue()).isEqualByComparingTo("200");
    assertThat(later.body().get("amount").decimalValue()).isEqualByComparingTo("250");
    assertThat(total(month(c, c.asel(), "2027-01"), "PRINTING").get("amount").decimalValue())
        .isEqualByComparingTo("450");
  }

  @Test
  void a_service_the_plan_includes_is_free_and_draws_no_allowance() throws Exception {
    Answer office = use(c, c.dana(), "PARCEL", 3);
    assertThat(office.status()).isEqualTo(201);
    assertThat(office.body().get("planIncluded").asBoolean()).isTrue();
    assertThat(office.body().get("includedQuantity").decimalValue()).isEqualByComparingTo("3");
    assertThat(office.body().get("amount").decimalValue()).isEqualByComparingTo("0");

    Answer resident = use(c, c.asel(), "PARCEL", 2);
    assertThat(resident.body().get("planIncluded").asBoolean()).isFalse();
    assertThat(resident.body().get("amount").decimalValue()).isEqualByComparingTo("1000");
  }

  @Test
  void coffee_is_counted_not_charged_and_premium_coffee_is_paid() throws Exception {
    Answer coffee = use(c, c.asel(), "COFFEE", 4);
    assertThat(coffee.body().get("includedQuantity").decimalValue()).isEqualByComparingTo("4");
    assertThat(coffee.body().get("amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(use(c, c.asel(), "PREMIUM_COFFEE", 8).body().get("amount").decimalValue())
        .isEqualByComparingTo("2400");
    // Two guest passes a month are free, the third is paid.
    assertThat(use(c, c.asel(), "GUEST_PASS", 3).body().get("amount").decimalValue())
        .isEqualByComparingTo("5000");
    assertThat(left(c, c.asel(), AllowanceKind.GUEST_PASSES)).isEqualByComparingTo("0");
  }

  @Test
  void usage_belongs_to_the_month_it_happens_in_at_the_members_home_location() throws Exception {
    // 31 January 20:30 UTC is already 1 February in Almaty (UTC+5).
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("memberId", c.asel());
    body.put("serviceId", c.service("PREMIUM_COFFEE"));
    body.put("quantity", 1);
    body.put("occurredAt", "2027-01-31T20:30:00Z");
    clock.setInstant(Instant.parse("2027-02-02T06:00:00Z"));
    Answer late = postJson("/api/v1/service-usages", c.token(), body);
    assertThat(late.status()).isEqualTo(201);
    assertThat(late.body().get("period").asText()).isEqualTo("2027-02");
    assertThat(month(c, c.asel(), "2027-01").body().get("entries")).isEmpty();
    assertThat(month(c, c.asel(), "2027-02").body().get("entries")).hasSize(1);
  }

  @Test
  void a_correction_takes_back_paid_units_first_then_included_ones_and_gives_back_the_allowance()
      throws Exception {
    use(c, c.asel(), "PRINTING", 60);
    UUID entry = id(use(c, c.asel(), "PRINTING", 85)); // 40 included, 45 paid
    assertThat(left(c, c.asel(), AllowanceKind.PRINTED_PAGES)).isEqualByComparingTo("0");

    // 50 pages were a misprint: 45 paid come back first, then 5 included.
    Answer fix = correct(entry, 50, "misprinted job");
    assertThat(fix.status()).isEqualTo(201);
    assertThat(fix.body().get("quantity").decimalValue()).isEqualByComparingTo("-50");
    assertThat(fix.body().get("paidQuantity").decimalValue()).isEqualByComparingTo("-45");
    assertThat(fix.body().get("includedQuantity").decimalValue()).isEqualByComparingTo("-5");
    assertThat(fix.body().get("amount").decimalValue()).isEqualByComparingTo("-900");
    assertThat(fix.body().get("correctsId").asText()).isEqualTo(entry.toString());
    assertThat(fix.body().get("reason").asText()).isEqualTo("misprinted job");
    assertThat(left(c, c.asel(), AllowanceKind.PRINTED_PAGES)).isEqualByComparingTo("5");

    // The rest of the entry, 35 included pages, goes back too.
    assertThat(correct(entry, 36, "too much").status()).isEqualTo(422);
    Answer rest = correct(entry, 35, "the whole job was a test");
    assertThat(rest.status()).isEqualTo(201);
    assertThat(rest.body().get("includedQuantity").decimalValue()).isEqualByComparingTo("-35");
    assertThat(rest.body().get("amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(left(c, c.asel(), AllowanceKind.PRINTED_PAGES)).isEqualByComparingTo("40");
    assertThat(correct(entry, 1, "again").status()).isEqualTo(409);

    JsonNode printing = total(month(c, c.asel(), "2027-01"), "PRINTING");
    assertThat(printing.get("quantity").decimalValue()).isEqualByComparingTo("60");
    assertThat(printing.get("amount").decimalValue()).isEqualByComparingTo("0");
    // The next 40 pages are included again.
    assertThat(use(c, c.asel(), "PRINTING", 40).body().get("amount").decimalValue())
        .isEqualByComparingTo("0");
  }

  @Test
  void correcting_a_whole_included_entry_gives_its_allowance_use_back_in_the_ledger()
      throws Exception {
    UUID entry = id(use(c, c.asel(), "GUEST_PASS", 2));
    assertThat(left(c, c.asel(), AllowanceKind.GUEST_PASSES)).isEqualByComparingTo("0");
    assertThat(correct(entry, 2, "the guests did not come").status()).isEqualTo(201);
    assertThat(left(c, c.asel(), AllowanceKind.GUEST_PASSES)).isEqualByComparingTo("2");
    List<String> ledger =
        inTenant(
            c.tenant().tenantId(),
            () ->
                allowances.ledger(c.asel(), YearMonth.of(2027, 1)).stream()
                    .filter(e -> entry.equals(e.sourceId()))
                    .map(e -> e.entry())
                    .toList());
    assertThat(ledger).containsExactly("USE", "GIVE_BACK");
  }

  @Test
  void a_partly_corrected_coffee_changes_nothing_until_the_last_cup_goes_back() throws Exception {
    UUID entry = id(use(c, c.asel(), "COFFEE", 3));
    assertThat(correct(entry, 1, "spilt").status()).isEqualTo(201);
    assertThat(correct(entry, 2, "no coffee after all").status()).isEqualTo(201);
    BigDecimal used =
        inTenant(
            c.tenant().tenantId(),
            () ->
                allowances.balances(c.asel(), YearMonth.of(2027, 1)).stream()
                    .filter(b -> b.kind() == AllowanceKind.COFFEE)
                    .findFirst()
                    .orElseThrow()
                    .used());
    assertThat(used).isEqualByComparingTo("0");
  }

  @Test
  void two_corrections_of_the_same_entry_at_once_cannot_take_back_more_than_it_had()
      throws Exception {
    UUID entry = id(use(c, c.asel(), "PRINTING", 110)); // 100 included, 10 paid
    var start = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var answers = new java.util.ArrayList<java.util.concurrent.Future<Answer>>();
      for (int i = 0; i < 2; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return correct(entry, 80, "printed twice");
                }));
      }
      start.countDown();
      List<Integer> statuses = new java.util.ArrayList<>();
      for (var a : answers) statuses.add(a.get().status());
      assertThat(statuses).containsExactlyInAnyOrder(201, 422);
    } finally {
      pool.shutdownNow();
    }
    JsonNode printing = total(month(c, c.asel(), "2027-01"), "PRINTING");
    assertThat(printing.get("quantity").decimalValue()).isEqualByComparingTo("30");
    assertThat(printing.get("paidQuantity").decimalValue()).isEqualByComparingTo("0");
    assertThat(left(c, c.asel(), AllowanceKind.PRINTED_PAGES)).isEqualByComparingTo("70");
  }

  @Test
  void bad_usage_and_corrections_are_refused_and_change_nothing() throws Exception {
    UUID entry = id(use(c, c.asel(), "PREMIUM_COFFEE", 2));
    long before = rows(c, "service_usage");
    assertThat(use(c, c.asel(), "PREMIUM_COFFEE", 0).status()).isEqualTo(422);
    assertThat(use(c, c.asel(), "PREMIUM_COFFEE", 1.5).status()).isEqualTo(422);
    assertThat(use(c, c.asel(), "PREMIUM_COFFEE", -1).status()).isEqualTo(422);
    assertThat(use(c, c.asel(), "PARKING", 1.5).status())
        .as("hours may be fractional")
        .isEqualTo(201);
    assertThat(use(c, UUID.randomUUID(), "PREMIUM_COFFEE", 1).status()).isEqualTo(422);
    Map<String, Object> unknown = new LinkedHashMap<>();
    unknown.put("memberId", c.asel());
    unknown.put("serviceId", UUID.randomUUID());
    unknown.put("quantity", 1);
    assertThat(postJson("/api/v1/service-usages", c.token(), unknown).status()).isEqualTo(422);
    Map<String, Object> future = new LinkedHashMap<>(unknown);
    future.put("serviceId", c.service("PREMIUM_COFFEE"));
    future.put("occurredAt", "2027-02-15T06:00:00Z");
    assertThat(postJson("/api/v1/service-usages", c.token(), future).status()).isEqualTo(422);
    assertThat(correct(entry, 3, "more than recorded").status()).isEqualTo(422);
    assertThat(correct(entry, 1, " ").status()).isEqualTo(422);
    assertThat(correct(UUID.randomUUID(), 1, "unknown").status()).isEqualTo(404);
    UUID fix = id(correct(entry, 1, "one was free"));
    assertThat(correct(fix, 1, "a correction of a correction").status()).isEqualTo(422);
    assertThat(rows(c, "service_usage")).isEqualTo(before + 2);
    assertThat(month(c, c.asel(), "2027-13").status()).isEqualTo(422);
    assertThat(send(get("/api/v1/service-usages?memberId=" + c.asel()), c.token(), null).status())
        .isEqualTo(400);
  }

  @Test
  void an_archived_service_cannot_be_added_but_its_usage_stays() throws Exception {
    use(c, c.asel(), "PREMIUM_COFFEE", 1);
    postJson("/api/v1/services/" + c.service("PREMIUM_COFFEE") + "/archive", c.token(), null);
    assertThat(use(c, c.asel(), "PREMIUM_COFFEE", 1).status()).isEqualTo(422);
    assertThat(month(c, c.asel(), "2027-01").body().get("entries")).hasSize(1);
  }

  @Test
  void billing_gets_a_members_own_lines_and_a_companys_lines_for_its_people() throws Exception {
    use(c, c.asel(), "PRINTING", 110);
    UUID timurs = id(use(c, c.timur(), "PREMIUM_COFFEE", 2));
    correct(timurs, 1, "one was a gift");

    List<UsageLine> asel =
        inTenant(
            c.tenant().tenantId(),
            () -> usages.linesFor(Payer.member(c.asel()), YearMonth.of(2027, 1)));
    assertThat(asel).hasSize(1);
    assertThat(asel.getFirst().paidQuantity()).isEqualByComparingTo("10");
    assertThat(asel.getFirst().amount()).isEqualByComparingTo("200");
    assertThat(asel.getFirst().id()).isNotNull();
    assertThat(asel.getFirst().source()).isEqualTo(ServiceUsage.Source.STAFF);

    List<UsageLine> company =
        inTenant(
            c.tenant().tenantId(),
            () -> usages.linesFor(Payer.company(c.company()), YearMonth.of(2027, 1)));
    assertThat(company).extracting(UsageLine::memberId).containsOnly(c.timur());
    assertThat(company)
        .extracting(UsageLine::amount)
        .map(BigDecimal::toPlainString)
        .containsExactly("600.00", "-300.00");
    assertThat(company.get(1).correctsId()).isEqualTo(timurs);
    assertThat(
            inTenant(
                c.tenant().tenantId(),
                () -> usages.linesFor(Payer.member(c.timur()), YearMonth.of(2027, 1))))
        .as("Timur's company pays, not he")
        .isEmpty();
    List<UsageLine> all =
        inTenant(
            c.tenant().tenantId(),
            () -> usages.lines(List.of(c.asel(), c.timur(), c.dana()), YearMonth.of(2027, 1)));
    assertThat(all).hasSize(3);
    assertThat(all)
        .filteredOn(l -> l.memberId().equals(c.timur()))
        .extracting(UsageLine::payerCompanyId)
        .containsOnly(c.company());
    assertThat(all)
        .filteredOn(l -> l.memberId().equals(c.asel()))
        .extracting(UsageLine::payerCompanyId)
        .containsOnlyNulls();
  }

  @Test
  void members_read_only_their_own_usage_and_cannot_record_or_correct() throws Exception {
    UUID entry = id(use(c, c.asel(), "PREMIUM_COFFEE", 1));
    String email = addUser(c.tenant(), Role.MEMBER, "Asel Member");
    inTenant(
        c.tenant().tenantId(),
        () -> {
          UUID account = accounts.grant(email, "Asel Member", Role.MEMBER);
          return members.linkAccount(c.asel(), account);
        });
    String asel = token(email, c.tenant().password(), c.tenant().slug());
    assertThat(
            send(get("/api/v1/service-usages?memberId=" + c.asel() + "&month=2027-01"), asel, null)
                .status())
        .isEqualTo(200);
    assertThat(
            send(get("/api/v1/service-usages?memberId=" + c.dana() + "&month=2027-01"), asel, null)
                .status())
        .isEqualTo(404);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("memberId", c.asel());
    body.put("serviceId", c.service("PREMIUM_COFFEE"));
    body.put("quantity", 1);
    assertThat(postJson("/api/v1/service-usages", asel, body).status()).isEqualTo(403);
    assertThat(
            postJson(
                    "/api/v1/service-usages/" + entry + "/corrections",
                    asel,
                    Map.of("quantity", 1, "reason", "x"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void another_coworking_can_neither_read_nor_correct_the_usage() throws Exception {
    UUID entry = id(use(c, c.asel(), "PRINTING", 5));
    var other = newTenant();
    assertThat(send(get("/api/v1/service-usages/" + entry), other.token(), null).status())
        .isEqualTo(404);
    assertThat(
            send(
                    get("/api/v1/service-usages?memberId=" + c.asel() + "&month=2027-01"),
                    other.token(),
                    null)
                .status())
        .isEqualTo(404);
    assertThat(
            postJson(
                    "/api/v1/service-usages/" + entry + "/corrections",
                    other.token(),
                    Map.of("quantity", 1, "reason", "x"))
                .status())
        .isEqualTo(404);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("memberId", c.asel());
    body.put("serviceId", c.service("PRINTING"));
    body.put("quantity", 1);
    assertThat(postJson("/api/v1/service-usages", other.token(), body).status()).isEqualTo(422);
    assertThat(rows(c, "service_usage")).isEqualTo(1);
  }

  private Answer correct(UUID entry, Object quantity, String reason) throws Exception {
    return postJson(
        "/api/v1/service-usages/" + entry + "/corrections",
        c.token(),
        Map.of("quantity", quantity, "reason", reason));
  }

  private JsonNode usages(Coworking c, Answer entry) throws Exception {
    return send(get("/api/v1/service-usages/" + id(entry)), c.token(), null).body();
  }

  private static UUID id(Answer a) {
    if (a.status() != 201) throw new AssertionError("not created: " + a);
    return UUID.fromString(a.body().get("id").asText());
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(
      String path) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path);
  }
}
