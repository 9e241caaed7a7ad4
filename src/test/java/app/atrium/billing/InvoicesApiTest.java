package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.support.TestTenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

class InvoicesApiTest extends BillingTestSupport {

  TestTenant t;
  UUID asel;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
    asel = member(t, "Асель", "Нурланова");
  }

  private Map1 seedBody() {
    return new Map1(
        map(
            "memberId",
            asel,
            "period",
            "2027-02",
            "lines",
            List.of(
                map(
                    "kind",
                    "MEMBERSHIP",
                    "description",
                    "Членство «Резидент» — февраль",
                    "quantity",
                    1,
                    "unit",
                    "мес.",
                    "unitPrice",
                    85000,
                    "usagePeriod",
                    "2027-02"),
                map(
                    "kind",
                    "ROOM_OVERAGE",
                    "description",
                    "Переговорная сверх включённых часов",
                    "quantity",
                    2,
                    "unit",
                    "ч",
                    "unitPrice",
                    4000),
                map(
                    "kind",
                    "DEVICE",
                    "description",
                    "Печать сверх включённых страниц",
                    "quantity",
                    45,
                    "unit",
                    "стр.",
                    "unitPrice",
                    20),
                map(
                    "kind",
                    "SERVICE",
                    "description",
                    "Премиальный кофе",
                    "quantity",
                    8,
                    "unit",
                    "шт.",
                    "unitPrice",
                    300,
                    "sourceType",
                    "service_usage",
                    "sourceId",
                    UUID.randomUUID()))));
  }

  record Map1(java.util.Map<String, Object> body) {}

  @Test
  void staff_issue_an_invoice_that_is_numbered_totalled_and_readable() throws Exception {
    Answer a = call(HttpMethod.POST, "/api/v1/invoices", t.token(), seedBody().body());
    assertThat(a.status()).as(a.body().toString()).isEqualTo(201);
    JsonNode inv = a.body();
    assertThat(inv.get("number").asText()).isEqualTo("INV-2027-000001");
    assertThat(inv.get("status").asText()).isEqualTo("ISSUED");
    assertThat(inv.get("total").decimalValue()).isEqualByComparingTo("96300");
    assertThat(inv.get("taxTotal").decimalValue()).isZero();
    assertThat(inv.get("amountDue").decimalValue()).isEqualByComparingTo("96300");
    assertThat(inv.get("issueDate").asText()).isEqualTo("2027-02-01");
    assertThat(inv.get("dueDate").asText()).isEqualTo("2027-02-11");
    assertThat(inv.get("period").asText()).isEqualTo("2027-02");
    assertThat(inv.get("billToName").asText()).isEqualTo("Асель Нурланова");
    assertThat(inv.get("lines")).hasSize(4);
    assertThat(inv.get("lines").get(1).get("amount").decimalValue()).isEqualByComparingTo("8000");
    assertThat(inv.get("lines").get(3).get("sourceType").asText()).isEqualTo("service_usage");

    Answer second = call(HttpMethod.POST, "/api/v1/invoices", t.token(), seedBody().body());
    assertThat(second.body().get("number").asText()).isEqualTo("INV-2027-000002");

    Answer got =
        call(HttpMethod.GET, "/api/v1/invoices/" + inv.get("id").asText(), t.token(), null);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body().get("lines").get(0).get("description").asText())
        .isEqualTo("Членство «Резидент» — февраль");
  }

  @Test
  void the_list_filters_by_payer_period_unpaid_and_overdue() throws Exception {
    UUID other = member(t, "Bob", "Smith");
    Invoice paid = issueOneOff(t, asel, "1000");
    Invoice open = issueSeed(t, asel);
    Invoice others = issueOneOff(t, other, "500");
    pay(t, paid.id(), "1000");

    assertThat(ids("/api/v1/invoices?memberId=" + asel))
        .containsExactlyInAnyOrder(paid.id(), open.id());
    assertThat(ids("/api/v1/invoices?unpaid=true"))
        .containsExactlyInAnyOrder(open.id(), others.id());
    assertThat(ids("/api/v1/invoices?period=2027-02&status=PAID")).containsExactly(paid.id());
    assertThat(ids("/api/v1/invoices?period=2027-03")).isEmpty();
    assertThat(ids("/api/v1/invoices?overdue=true")).isEmpty();

    clock.setInstant(FEB_1.plus(java.time.Duration.ofDays(11)));
    assertThat(ids("/api/v1/invoices?overdue=true"))
        .containsExactlyInAnyOrder(open.id(), others.id());
    Answer one = call(HttpMethod.GET, "/api/v1/invoices/" + open.id(), t.token(), null);
    assertThat(one.body().get("overdue").asBoolean()).isTrue();
  }

  private List<UUID> ids(String path) throws Exception {
    Answer a = call(HttpMethod.GET, path, t.token(), null);
    assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
    var ids = new java.util.ArrayList<UUID>();
    a.body().get("items").forEach(i -> ids.add(UUID.fromString(i.get("id").asText())));
    return ids;
  }

  @Test
  void bad_invoices_are_refused_with_the_field_named_and_nothing_issued() throws Exception {
    var noLines = map("memberId", asel, "lines", List.of());
    assertThat(call(HttpMethod.POST, "/api/v1/invoices", t.token(), noLines).status())
        .isEqualTo(422);
    var both =
        map(
            "memberId",
            asel,
            "companyId",
            company(t, "Acme"),
            "lines",
            List.of(map("kind", "ONE_OFF", "description", "x", "quantity", 1, "unitPrice", 1)));
    Answer a = call(HttpMethod.POST, "/api/v1/invoices", t.token(), both);
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.body().get("errors").get(0).get("field").asText()).isEqualTo("memberId");
    var tax =
        map(
            "memberId",
            asel,
            "lines",
            List.of(map("kind", "TAX", "description", "VAT", "quantity", 1, "unitPrice", 10)));
    Answer t2 = call(HttpMethod.POST, "/api/v1/invoices", t.token(), tax);
    assertThat(t2.status()).isEqualTo(422);
    assertThat(t2.body().get("errors").get(0).get("field").asText()).isEqualTo("lines[0].kind");
    var negative =
        map(
            "memberId",
            asel,
            "lines",
            List.of(map("kind", "ONE_OFF", "description", "x", "quantity", 1, "unitPrice", -10)));
    assertThat(call(HttpMethod.POST, "/api/v1/invoices", t.token(), negative).status())
        .isEqualTo(422);
    var discount =
        map(
            "memberId",
            asel,
            "lines",
            List.of(
                map("kind", "ONE_OFF", "description", "x", "quantity", 1, "unitPrice", 10),
                map("kind", "DISCOUNT", "description", "y", "quantity", 1, "unitPrice", -20)));
    Answer d = call(HttpMethod.POST, "/api/v1/invoices", t.token(), discount);
    assertThat(d.status()).isEqualTo(422);
    assertThat(d.body().get("detail").asText()).contains("cannot be negative");
    var stranger =
        map(
            "memberId",
            UUID.randomUUID(),
            "lines",
            List.of(map("kind", "ONE_OFF", "description", "x", "quantity", 1, "unitPrice", 1)));
    assertThat(call(HttpMethod.POST, "/api/v1/invoices", t.token(), stranger).status())
        .isEqualTo(422);
    long count =
        inTenant(
            t.tenantId(), () -> db.sql("SELECT count(*) FROM invoice").query(Long.class).single());
    assertThat(count).isZero();
  }

  @Test
  void a_member_sees_only_her_own_invoices_and_cannot_issue_any() throws Exception {
    PortalMember me = portalMember(t, "Dana", "K");
    Invoice mine = issueOneOff(t, me.id(), "700");
    Invoice theirs = issueOneOff(t, asel, "900");
    Answer list = call(HttpMethod.GET, "/api/v1/invoices", me.token(), null);
    assertThat(list.body().get("items")).hasSize(1);
    assertThat(list.body().get("items").get(0).get("id").asText()).isEqualTo(mine.id().toString());
    assertThat(call(HttpMethod.GET, "/api/v1/invoices/" + theirs.id(), me.token(), null).status())
        .isEqualTo(404);
    assertThat(call(HttpMethod.GET, "/api/v1/invoices/" + mine.id(), me.token(), null).status())
        .isEqualTo(200);
    assertThat(call(HttpMethod.POST, "/api/v1/invoices", me.token(), seedBody().body()).status())
        .isEqualTo(403);
  }
}
