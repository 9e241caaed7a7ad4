package app.atrium.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the run bills besides fees and usage, through the public API only: one-off charges and
 * discounts staff put on the next invoice, day passes in arrears, and the fee of a month whose run
 * came before the membership began. Each is billed once, whatever the number of runs.
 */
class RunChargesAndPassesTest extends InvoiceRunFixture {

  @Test
  void chargesAndDiscountsLandOnTheNextInvoiceOnceAndCancelledOnesNever() throws Exception {
    coworking();
    UUID asel = resident("Asel", LocalDate.of(2027, 1, 1));
    clock.setInstant(at(LocalDate.of(2027, 1, 20), 12));
    JsonNode card = charge(asel, "ONE_OFF", "Replacement key card", 2000, null);
    assertThat(card.get("status").asText()).isEqualTo("PENDING");
    assertThat(card.get("billFrom").asText()).isEqualTo("2027-01");
    charge(asel, "DISCOUNT", "Referral discount", null, 10);
    charge(asel, "DISCOUNT", "Goodwill", 1000, null);
    JsonNode wrong = charge(asel, "ONE_OFF", "Typo", 999, null);

    // Bad input is refused and changes nothing.
    int before = getJson("/api/v1/pending-charges?memberId=" + asel).size();
    assertRefused(Map.of("kind", "ONE_OFF", "description", "x", "amount", 5), "memberId");
    assertRefused(
        Map.of("memberId", asel, "kind", "ONE_OFF", "description", "x", "percent", 5), "percent");
    assertRefused(
        Map.of("memberId", asel, "kind", "ONE_OFF", "description", "x", "amount", -5), "amount");
    assertRefused(
        Map.of("memberId", asel, "kind", "DISCOUNT", "description", "x", "percent", 150),
        "percent");
    assertRefused(
        Map.of("memberId", asel, "kind", "DISCOUNT", "description", "x", "amount", 5, "percent", 5),
        "amount");
    assertRefused(
        Map.of("memberId", asel, "kind", "ONE_OFF", "description", " ", "amount", 5),
        "description");
    assertRefused(
        Map.of(
            "memberId",
            asel,
            "kind",
            "ONE_OFF",
            "description",
            "x",
            "amount",
            5,
            "billFrom",
            "2026-11"),
        "billFrom");
    assertThat(send("/api/v1/pending-charges/" + id(wrong) + "/cancel", Map.of()).getStatus())
        .isEqualTo(422);
    assertThat(getJson("/api/v1/pending-charges?memberId=" + asel).size()).isEqualTo(before);

    JsonNode cancelled =
        postJson(
            "/api/v1/pending-charges/" + id(wrong) + "/cancel", Map.of("reason", "entered twice"));
    assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(
            send("/api/v1/pending-charges/" + id(wrong) + "/cancel", Map.of("reason", "again"))
                .getStatus())
        .isEqualTo(409);
    assertThat(getJson("/api/v1/pending-charges?memberId=" + asel + "&pending=true").size())
        .isEqualTo(3);

    clock.setInstant(at(LocalDate.of(2027, 2, 1), 6.5));
    JsonNode run = run("2027-02");
    assertThat(run.get("issued").asInt()).isEqualTo(1);
    JsonNode invoice = invoiceOf(asel, "2027-02");
    assertThat(lines(invoice))
        .containsExactly(
            "MEMBERSHIP|Membership «Resident» — February|85000",
            "ONE_OFF|Replacement key card|2000",
            "DISCOUNT|Referral discount (10 %)|-8500",
            "DISCOUNT|Goodwill|-1000");
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("77500");

    JsonNode billed = getJson("/api/v1/pending-charges/" + id(card));
    assertThat(billed.get("status").asText()).isEqualTo("BILLED");
    assertThat(billed.get("invoiceId").asText()).isEqualTo(invoice.get("id").asText());
    var refused = send("/api/v1/pending-charges/" + id(card) + "/cancel", Map.of("reason", "x"));
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(refused.getContentAsString()).contains("credit note");
    assertThat(getJson("/api/v1/pending-charges?memberId=" + asel + "&pending=true").size())
        .isZero();
    // The database keeps a billed charge as it was billed, whatever the caller.
    for (String sql :
        List.of(
            "UPDATE pending_charge SET amount = 1 WHERE id = ?",
            "UPDATE pending_charge SET cancelled_at = now(), cancel_reason = 'x' WHERE id = ?",
            "UPDATE pending_charge SET invoice_id = NULL WHERE id = ?",
            "DELETE FROM pending_charge WHERE id = ?")) {
      assertThatThrownBy(() -> inTenant(t.tenantId(), () -> db.sql(sql).param(id(card)).update()))
          .hasMessageContaining("billing_charge_final");
    }

    // Neither a rerun nor the next month bills them again.
    assertThat(run("2027-02").get("issued").asInt()).isZero();
    clock.setInstant(at(LocalDate.of(2027, 3, 1), 6.5));
    run("2027-03");
    assertThat(lines(invoiceOf(asel, "2027-03")))
        .containsExactly("MEMBERSHIP|Membership «Resident» — March|85000");
  }

  @Test
  void aDiscountThatWouldTakeTheInvoiceBelowZeroWaits() throws Exception {
    coworking();
    UUID bolat = member("Bolat", "Guest");
    clock.setInstant(at(LocalDate.of(2027, 1, 20), 12));
    charge(bolat, "ONE_OFF", "Event ticket", 2000, null);
    JsonNode discount = charge(bolat, "DISCOUNT", "Loyalty", 5000, null);
    JsonNode percent = charge(bolat, "DISCOUNT", "Referral", null, 10);

    clock.setInstant(at(LocalDate.of(2027, 2, 1), 6.5));
    run("2027-02");
    assertThat(lines(invoiceOf(bolat, "2027-02"))).containsExactly("ONE_OFF|Event ticket|2000");
    assertThat(getJson("/api/v1/pending-charges/" + id(discount)).get("status").asText())
        .isEqualTo("PENDING");
    assertThat(getJson("/api/v1/pending-charges/" + id(percent)).get("status").asText())
        .isEqualTo("PENDING");
  }

  @Test
  void dayPassesAreBilledInArrearsOnce() throws Exception {
    coworking();
    UUID dayPlan = id(postJson("/api/v1/plans", dayPlan()));
    UUID bolat = member("Bolat", "Guest");
    clock.setInstant(at(LocalDate.of(2027, 1, 12), 9));
    dayPass(bolat, dayPlan);
    clock.setInstant(at(LocalDate.of(2027, 1, 19), 9));
    dayPass(bolat, dayPlan);

    // 1 February: January's two passes; one sold after the run waits for March.
    clock.setInstant(at(LocalDate.of(2027, 2, 1), 6.5));
    run("2027-02");
    clock.setInstant(at(LocalDate.of(2027, 2, 1), 9));
    dayPass(bolat, dayPlan);
    JsonNode feb = invoiceOf(bolat, "2027-02");
    assertThat(lines(feb))
        .containsExactly("MEMBERSHIP|Day pass «Day» — January 2027: 12, 19|10000");
    JsonNode line = feb.get("lines").get(0);
    assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("2");
    assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo("5000");
    assertThat(line.get("usagePeriod").asText()).isEqualTo("2027-01");
    assertThat(run("2027-02").get("issued").asInt()).isZero();

    clock.setInstant(at(LocalDate.of(2027, 3, 1), 6.5));
    run("2027-03");
    assertThat(lines(invoiceOf(bolat, "2027-03")))
        .containsExactly("MEMBERSHIP|Day pass «Day» — February 2027: 1|5000");
    List<String> linked =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT source_type FROM invoice_line_source WHERE source_type = 'day_pass'")
                    .query(String.class)
                    .list());
    assertThat(linked).hasSize(3);
  }

  @Test
  void aMembershipBegunAfterItsMonthsRunPaysThatMonthOnTheNextInvoice() throws Exception {
    coworking();
    UUID asel = resident("Asel", LocalDate.of(2027, 1, 1));
    clock.setInstant(at(LocalDate.of(2027, 1, 1), 6.5));
    run("2027-01");
    // Dana joins on 15 January, after January's run.
    clock.setInstant(at(LocalDate.of(2027, 1, 14), 12));
    UUID dana = resident("Dana", LocalDate.of(2027, 1, 15));

    clock.setInstant(at(LocalDate.of(2027, 2, 1), 6.5));
    JsonNode preview = postJson("/api/v1/invoice-runs/preview", Map.of("period", "2027-02"));
    BigDecimal previewed = BigDecimal.ZERO;
    for (JsonNode item : preview.get("items")) {
      if (item.get("payer").get("id").asText().equals(dana.toString())) {
        previewed = item.get("subtotal").decimalValue();
      }
    }
    assertThat(previewed).isEqualByComparingTo("131612.90");
    run("2027-02");
    JsonNode feb = invoiceOf(dana, "2027-02");
    // 85 000 × 17 / 31 = 46 612.903… rounded half-up to the tiyn.
    assertThat(lines(feb))
        .containsExactly(
            "MEMBERSHIP|Membership «Resident» — February|85000",
            "MEMBERSHIP|Membership «Resident» — January, 17 of 31 days|46612.9");
    assertThat(feb.get("lines").get(1).get("usagePeriod").asText()).isEqualTo("2027-01");
    assertThat(lines(invoiceOf(asel, "2027-02")))
        .containsExactly("MEMBERSHIP|Membership «Resident» — February|85000");

    // March bills January no more; Erlan, begun on 10 February after its run, pays 19 of 28 days.
    clock.setInstant(at(LocalDate.of(2027, 2, 9), 12));
    UUID erlan = resident("Erlan", LocalDate.of(2027, 2, 10));
    clock.setInstant(at(LocalDate.of(2027, 3, 1), 6.5));
    run("2027-03");
    assertThat(lines(invoiceOf(dana, "2027-03")))
        .containsExactly("MEMBERSHIP|Membership «Resident» — March|85000");
    assertThat(lines(invoiceOf(erlan, "2027-03")))
        .containsExactly(
            "MEMBERSHIP|Membership «Resident» — March|85000",
            "MEMBERSHIP|Membership «Resident» — February, 19 of 28 days|57678.57");
  }

  // --- helpers ------------------------------------------------------------------------------

  private JsonNode charge(UUID member, String kind, String description, Integer amount, Integer pct)
      throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("memberId", member);
    body.put("kind", kind);
    body.put("description", description);
    if (amount != null) body.put("amount", amount);
    if (pct != null) body.put("percent", pct);
    clock.setInstant(clock.instant().plusSeconds(1)); // charges apply in the order entered
    return postJson("/api/v1/pending-charges", body);
  }

  private void assertRefused(Map<String, Object> body, String field) throws Exception {
    var response = send("/api/v1/pending-charges", body);
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString()).contains(field);
  }

  private static Map<String, Object> dayPlan() {
    Map<String, Object> body = residentPlan();
    body.put("code", "DAY");
    body.put("name", "Day");
    body.put("price", 5000);
    body.put("period", "DAY");
    body.put("workplace", "ANY_DESK");
    body.put("allowances", List.of());
    body.put("bookingDiscountPercent", 0);
    return body;
  }

  private void dayPass(UUID member, UUID plan) throws Exception {
    postJson("/api/v1/memberships/day-pass", Map.of("memberId", member, "planId", plan));
  }

  private JsonNode invoiceOf(UUID member, String period) throws Exception {
    JsonNode page = getJson("/api/v1/invoices?memberId=" + member + "&period=" + period);
    assertThat(page.get("total").asInt()).isEqualTo(1);
    return getJson("/api/v1/invoices/" + page.get("items").get(0).get("id").asText());
  }

  /** The lines as "KIND|description|amount", amounts without trailing zeros. */
  private static List<String> lines(JsonNode invoice) {
    List<String> out = new ArrayList<>();
    for (JsonNode l : invoice.get("lines")) {
      out.add(
          l.get("kind").asText()
              + "|"
              + l.get("description").asText()
              + "|"
              + l.get("amount").decimalValue().stripTrailingZeros().toPlainString());
    }
    return out;
  }
}
