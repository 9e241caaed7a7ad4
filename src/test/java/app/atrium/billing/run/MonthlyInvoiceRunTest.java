package app.atrium.billing.run;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.billing.run.job.MonthlyInvoiceRun;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The run of the 1st at 06:00 tenant time, once a month, caught up when missed. */
class MonthlyInvoiceRunTest extends InvoiceRunFixture {

  @Autowired MonthlyInvoiceRun job;

  @Test
  void runsOnTheFirstFromSixOnceAndCatchesUpAMissedMorning() throws Exception {
    coworking();
    UUID asel = resident("Asel", LocalDate.of(2027, 1, 1));
    clock.setInstant(at(LocalDate.of(2027, 1, 31), 23.9));
    job.runDue(clock.instant());
    clock.setInstant(at(LocalDate.of(2027, 2, 1), 5.9));
    job.runDue(clock.instant());
    assertThat(runs()).isEmpty();

    clock.setInstant(at(LocalDate.of(2027, 2, 1), 6.1));
    job.runDue(clock.instant());
    assertThat(runs()).containsExactly("2027-02-01 SCHEDULE DONE");
    JsonNodeAssert.invoices(this, asel, 1);
    clock.setInstant(at(LocalDate.of(2027, 2, 1), 9));
    job.runDue(clock.instant());
    assertThat(runs()).hasSize(1);

    // March: every node was down on the 1st; the 2nd catches up, the 4th would be too late.
    clock.setInstant(at(LocalDate.of(2027, 3, 2), 10));
    job.runDue(clock.instant());
    assertThat(runs()).contains("2027-03-01 SCHEDULE DONE").hasSize(2);
    clock.setInstant(at(LocalDate.of(2027, 4, 4), 10));
    job.runDue(clock.instant());
    assertThat(runs()).hasSize(2);
    JsonNodeAssert.invoices(this, asel, 2);
  }

  @Test
  void leavesARunningRunAloneAndCarriesOnACrashedOne() throws Exception {
    coworking();
    UUID asel = resident("Asel", LocalDate.of(2027, 1, 1));
    clock.setInstant(at(LocalDate.of(2027, 2, 1), 6.1));
    // Staff started the run on another node a moment ago; it is working.
    inTenant(
        t.tenantId(),
        () ->
            db.sql(
                    "INSERT INTO invoice_run (tenant_id, id, period, trigger, status, started_at,"
                        + " heartbeat_at) VALUES (atrium_current_tenant(), gen_random_uuid(),"
                        + " '2027-02-01', 'STAFF', 'RUNNING', ?, ?)")
                .params(
                    java.sql.Timestamp.from(clock.instant()),
                    java.sql.Timestamp.from(clock.instant()))
                .update());
    job.runDue(clock.instant());
    assertThat(runs()).containsExactly("2027-02-01 STAFF RUNNING");
    // Its heartbeat stopped: the next visit takes over.
    clock.setInstant(at(LocalDate.of(2027, 2, 1), 6.35));
    job.runDue(clock.instant());
    assertThat(runs()).containsExactly("2027-02-01 STAFF INTERRUPTED", "2027-02-01 SCHEDULE DONE");
    JsonNodeAssert.invoices(this, asel, 1);
  }

  private List<String> runs() {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql(
                    "SELECT period || ' ' || trigger || ' ' || status FROM invoice_run"
                        + " ORDER BY started_at")
                .query(String.class)
                .list());
  }

  /** The member's invoices as the API lists them. */
  static final class JsonNodeAssert {
    static void invoices(InvoiceRunFixture f, UUID member, int count) throws Exception {
      assertThat(f.getJson("/api/v1/invoices?memberId=" + member).get("total").asInt())
          .isEqualTo(count);
    }
  }
}
