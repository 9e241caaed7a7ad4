package app.atrium.billing.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Many payers for the crash and cluster tests: Residents who pay themselves and a company paying
 * for three people, all from the 1st of last month, billed for the real current month (a second
 * node and a separate process run on the system clock).
 */
abstract class RunRobustnessFixture extends InvoiceRunFixture {

  static final YearMonth PERIOD = YearMonth.now(ALMATY);

  List<UUID> payers = new ArrayList<>();

  void payers(int residents) throws Exception {
    coworking();
    clock.reset();
    LocalDate start = PERIOD.minusMonths(1).atDay(1);
    for (int i = 0; i < residents; i++) payers.add(resident("R" + i, start));
    UUID company = id(postJson("/api/v1/companies", Map.of("name", "Kaspi Lab")));
    for (int i = 0; i < 3; i++) {
      UUID member =
          id(
              postJson(
                  "/api/v1/members",
                  Map.of("firstName", "Staff" + i, "companyId", company, "billedToCompany", true)));
      postJson(
          "/api/v1/memberships",
          Map.of(
              "memberId",
              member,
              "planId",
              plan,
              "locationId",
              t.locationId(),
              "startsOn",
              start.toString()));
    }
    payers.add(company);
  }

  /** Per payer, how many REGULAR invoices of the period are issued. */
  Map<UUID, Long> invoicesPerPayer() {
    return inTenant(
        t.tenantId(),
        () -> {
          Map<UUID, Long> out = new java.util.HashMap<>();
          db.sql(
                  "SELECT coalesce(member_id, company_id), count(*) FROM invoice"
                      + " WHERE kind = 'REGULAR' AND period = ? AND status <> 'DRAFT' GROUP BY 1")
              .param(PERIOD.atDay(1))
              .query(
                  (java.sql.ResultSet rs) -> {
                    out.put(rs.getObject(1, UUID.class), rs.getLong(2));
                  });
          return out;
        });
  }

  /** The invoice numbers' sequence: min, max and count (no gaps when max - min + 1 = count). */
  long[] numbering() {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql(
                    "SELECT min(number_seq), max(number_seq), count(*) FROM invoice"
                        + " WHERE status <> 'DRAFT'")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single());
  }

  long issuedCount() {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql("SELECT count(*) FROM invoice WHERE status <> 'DRAFT' AND period = ?")
                .param(PERIOD.atDay(1))
                .query(Long.class)
                .single());
  }
}
