package app.atrium.allowances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** Included meeting-room hours through the public API, and the database guards behind them. */
class AllowanceLedgerTest extends AllowanceFixture {

  static final LocalDate TUESDAY = LocalDate.of(2027, 1, 5);

  @BeforeEach
  void setUp() throws Exception {
    setUpCoworking(3);
  }

  @Test
  void included_hours_come_first_and_only_the_rest_is_priced_before_and_at_booking()
      throws Exception {
    var first =
        json.readTree(book(rooms.get(0), at(TUESDAY, 10), at(TUESDAY, 13)).getContentAsString());
    assertThat(first.get("price").get("total").decimalValue()).isEqualByComparingTo("0");
    assertThat(first.get("price").get("included").get("hours").decimalValue())
        .isEqualByComparingTo("3");
    assertThat(first.get("price").get("lines").get(0).get("kind").asText()).isEqualTo("INCLUDED");
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("3");

    // Before confirming, the quote says: 2 h included (of 2 left of 5), 1 h at 4 000.
    JsonNode quote =
        postJson(
            "/api/v1/quotes",
            Map.of(
                "resourceId",
                rooms.get(1),
                "memberId",
                member,
                "start",
                at(TUESDAY, 14).toString(),
                "end",
                at(TUESDAY, 17).toString()));
    assertThat(quote.get("total").decimalValue()).isEqualByComparingTo("4000");
    assertThat(quote.get("included").get("hours").decimalValue()).isEqualByComparingTo("2");
    assertThat(quote.get("included").get("left").decimalValue()).isEqualByComparingTo("2");
    assertThat(quote.get("included").get("granted").decimalValue()).isEqualByComparingTo("5");
    assertThat(quote.get("lines").get(0).get("label").asText())
        .isEqualTo("Included in the plan: 2 h (left 2 h of 5 h)");
    // The quote took nothing.
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("3");

    var second =
        json.readTree(book(rooms.get(1), at(TUESDAY, 14), at(TUESDAY, 17)).getContentAsString());
    assertThat(second.get("price")).isEqualTo(quote);
    assertThat(roomHours().get("left").decimalValue()).isEqualByComparingTo("0");

    // Nothing left: the next hour is the Resident's 4 000.
    var third =
        json.readTree(book(rooms.get(2), at(TUESDAY, 10), at(TUESDAY, 11)).getContentAsString());
    assertThat(third.get("price").get("total").decimalValue()).isEqualByComparingTo("4000");
    assertThat(third.get("price").get("included").get("hours").decimalValue())
        .isEqualByComparingTo("0");
    BigDecimal[] sums = ledgerAndBalanceUsed();
    assertThat(sums[0]).isEqualByComparingTo("5").isEqualByComparingTo(sums[1]);
  }

  @Test
  void a_cancellation_in_time_gives_the_hours_back_and_a_late_one_keeps_them() throws Exception {
    String early = id(book(rooms.get(0), at(TUESDAY, 10), at(TUESDAY, 12)));
    String late = id(book(rooms.get(1), at(TUESDAY, 10), at(TUESDAY, 12)));
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("4");

    postJson("/api/v1/bookings/" + early + "/cancel", Map.of());
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("2");
    // A second cancel changes nothing.
    send("/api/v1/bookings/" + early + "/cancel", Map.of());
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("2");

    // One hour before the start is inside the 2-hour window: the hours stay used.
    clock.setInstant(at(TUESDAY, 9));
    postJson("/api/v1/bookings/" + late + "/cancel", Map.of());
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("2");
    assertThat(
            inTenant(
                t.tenantId(),
                () ->
                    db.sql("SELECT late_cancel FROM booking WHERE id = ?::uuid")
                        .param(late)
                        .query(Boolean.class)
                        .single()))
        .isTrue();
    JsonNode ledger = getJson("/api/v1/allowances/ledger?memberId=" + member + "&month=2027-01");
    assertThat(ledger)
        .extracting(e -> e.get("entry").asText())
        .containsExactly("GRANT", "USE", "USE", "GIVE_BACK");
  }

  @Test
  void a_moved_booking_gives_back_and_takes_again_at_its_new_length() throws Exception {
    String id = id(book(rooms.get(0), at(TUESDAY, 10), at(TUESDAY, 12)));
    var moved =
        postJson(
            "/api/v1/bookings/" + id + "/reschedule",
            Map.of("start", at(TUESDAY, 15).toString(), "end", at(TUESDAY, 18.5).toString()));
    assertThat(moved.get("price").get("included").get("hours").decimalValue())
        .isEqualByComparingTo("3.5");
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("3.5");
    BigDecimal[] sums = ledgerAndBalanceUsed();
    assertThat(sums[0]).isEqualByComparingTo(sums[1]);
  }

  @Test
  void concurrent_bookings_of_one_member_share_the_hours_exactly() throws Exception {
    // Ten one-hour bookings at once, on three rooms over a day: exactly five hours are free.
    List<Callable<JsonNode>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      UUID room = rooms.get(i % 3);
      double hour = 9 + (i / 3) * 2;
      calls.add(
          () ->
              json.readTree(
                  book(room, at(TUESDAY, hour), at(TUESDAY, hour + 1)).getContentAsString()));
    }
    List<JsonNode> booked = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(10)) {
      for (Future<JsonNode> f : pool.invokeAll(calls)) booked.add(f.get());
    }
    BigDecimal included = BigDecimal.ZERO;
    BigDecimal paid = BigDecimal.ZERO;
    for (JsonNode b : booked) {
      assertThat(b.has("id")).as(b.toString()).isTrue();
      included = included.add(b.get("price").get("included").get("hours").decimalValue());
      paid = paid.add(b.get("price").get("total").decimalValue());
    }
    assertThat(included).isEqualByComparingTo("5");
    assertThat(paid).isEqualByComparingTo("20000");
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("5");
  }

  @Test
  void the_database_refuses_an_overdraft_a_double_spend_and_edits_of_the_ledger() throws Exception {
    book(rooms.get(0), at(TUESDAY, 10), at(TUESDAY, 12));
    UUID account =
        inTenant(
            t.tenantId(),
            () ->
                db.sql("SELECT id FROM allowance_account WHERE member_id = ?")
                    .param(member)
                    .query(UUID.class)
                    .single());
    String use =
        "INSERT INTO allowance_entry (tenant_id, id, account_id, entry, used, source, source_id,"
            + " generation, created_at) VALUES (atrium_current_tenant(), gen_random_uuid(), ?,"
            + " 'USE', ?, 'SERVICE', ?, 0, now())";
    UUID source = UUID.randomUUID();
    // 3 h more than the 3 h left.
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () -> db.sql(use).params(account, new BigDecimal("4"), source).update()))
        .rootCause()
        .hasMessageContaining("allowance_no_overdraft");
    inTenant(t.tenantId(), () -> db.sql(use).params(account, new BigDecimal("1"), source).update());
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () -> db.sql(use).params(account, new BigDecimal("1"), source).update()))
        .rootCause()
        .hasMessageContaining("allowance_entry_once");
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () ->
                        db.sql("UPDATE allowance_account SET used = 0 WHERE id = ?")
                            .param(account)
                            .update()))
        .rootCause()
        .hasMessageContaining("changes only by a ledger entry");
    assertThatThrownBy(
            () ->
                inTenant(
                    t.tenantId(),
                    () ->
                        db.sql("DELETE FROM allowance_entry WHERE account_id = ?")
                            .param(account)
                            .update()))
        .rootCause()
        .hasMessageContaining("never changed");
    assertThat(roomHours().get("used").decimalValue()).isEqualByComparingTo("3");
  }

  @Test
  void staff_correct_a_balance_with_a_reason_and_never_below_what_is_used() throws Exception {
    book(rooms.get(0), at(TUESDAY, 10), at(TUESDAY, 14));
    var given =
        send(
            "/api/v1/allowances/adjustments",
            Map.of(
                "memberId",
                member,
                "kind",
                "MEETING_ROOM_HOURS",
                "month",
                "2027-01",
                "delta",
                2,
                "reason",
                "Projector broke during her meeting"));
    assertThat(given.getStatus()).isEqualTo(201);
    assertThat(roomHours().get("granted").decimalValue()).isEqualByComparingTo("7");

    var tooMuch =
        send(
            "/api/v1/allowances/adjustments",
            Map.of(
                "memberId",
                member,
                "kind",
                "MEETING_ROOM_HOURS",
                "month",
                "2027-01",
                "delta",
                -4,
                "reason",
                "typo"));
    assertThat(tooMuch.getStatus()).isEqualTo(422);
    assertThat(tooMuch.getContentAsString()).contains("what is used stays used");
    var noReason =
        send(
            "/api/v1/allowances/adjustments",
            Map.of(
                "memberId",
                member,
                "kind",
                "MEETING_ROOM_HOURS",
                "month",
                "2027-01",
                "delta",
                1,
                "reason",
                " "));
    assertThat(noReason.getStatus()).isEqualTo(422);
    var badMonth =
        mvc.perform(
                MockMvcRequestBuilders.get("/api/v1/allowances?memberId=" + member + "&month=Jan")
                    .header(HttpHeaders.AUTHORIZATION, t.bearer())
                    .accept(MediaType.APPLICATION_JSON))
            .andReturn()
            .getResponse();
    assertThat(badMonth.getStatus()).isEqualTo(422);
    assertThat(roomHours().get("granted").decimalValue()).isEqualByComparingTo("7");
  }

  @Test
  void a_partial_first_month_grants_its_share_rounded_down_to_the_half_hour() throws Exception {
    // From 20 January: 12 of 31 days of 5 h = 1.93… → 1.5 h.
    UUID late =
        inTenant(
            t.tenantId(),
            () -> {
              UUID m =
                  members
                      .create(
                          new app.atrium.members.MemberDraft(
                              "Dana", "Late", null, null, null, null, List.of()))
                      .id();
              memberships.start(
                  new app.atrium.plans.MembershipDraft(
                      m, plan, t.locationId(), LocalDate.of(2027, 1, 20)));
              return m;
            });
    JsonNode balances = getJson("/api/v1/allowances?memberId=" + late + "&month=2027-01");
    assertThat(balances)
        .filteredOn(b -> b.get("kind").asText().equals("MEETING_ROOM_HOURS"))
        .singleElement()
        .satisfies(b -> assertThat(b.get("granted").decimalValue()).isEqualByComparingTo("1.5"));
    assertThat(balances)
        .filteredOn(b -> b.get("kind").asText().equals("PRINTED_PAGES"))
        .singleElement()
        .satisfies(b -> assertThat(b.get("granted").decimalValue()).isEqualByComparingTo("38"));
    assertThat(Duration.ofDays(1)).isPositive();
  }

  @org.springframework.beans.factory.annotation.Autowired app.atrium.booking.Bookings bookings;

  @Test
  void billing_reads_each_booking_with_its_included_and_paid_part_of_the_month() throws Exception {
    book(rooms.get(0), at(TUESDAY, 10), at(TUESDAY, 13));
    book(rooms.get(1), at(TUESDAY, 14), at(TUESDAY, 17));
    String cancelledInTime = id(book(rooms.get(2), at(TUESDAY, 18), at(TUESDAY, 19)));
    postJson("/api/v1/bookings/" + cancelledInTime + "/cancel", Map.of());
    // February is another month.
    book(rooms.get(0), at(LocalDate.of(2027, 2, 2), 10), at(LocalDate.of(2027, 2, 2), 11));

    var charges =
        inTenant(
            t.tenantId(), () -> bookings.charges(List.of(member), java.time.YearMonth.of(2027, 1)));
    assertThat(charges).hasSize(2);
    assertThat(charges.get(0).includedHours()).isEqualByComparingTo("3");
    assertThat(charges.get(0).amount()).isEqualByComparingTo("0");
    assertThat(charges.get(1).paidHours()).isEqualByComparingTo("1");
    assertThat(charges.get(1).amount()).isEqualByComparingTo("4000");
    assertThat(charges).allMatch(c -> c.usesRoomHours() && !c.lateCancel());
  }

  private String id(org.springframework.mock.web.MockHttpServletResponse r) throws Exception {
    if (r.getStatus() != 201)
      throw new AssertionError(r.getStatus() + " " + r.getContentAsString());
    return json.readTree(r.getContentAsString()).get("id").asText();
  }
}
