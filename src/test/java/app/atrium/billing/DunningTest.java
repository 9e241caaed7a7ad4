package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.billing.dunning.DunningJob;
import app.atrium.comms.Message;
import app.atrium.comms.Messages;
import app.atrium.members.CompanyDraft;
import app.atrium.members.MemberDraft;
import app.atrium.support.TestTenant;
import app.atrium.tasks.Task;
import app.atrium.tasks.TaskQuery;
import app.atrium.tasks.Tasks;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Dunning on the real database with the test clock: reminders exactly 3, 7 and 14 days after the
 * due date, none once the invoice is paid, a staff task after the last, access suspended until
 * paid, each step once whatever runs at the same time.
 */
class DunningTest extends BillingTestSupport {

  @Autowired Dunning dunning;
  @Autowired DunningJob job;
  @Autowired Billing billing;
  @Autowired Messages messages;
  @Autowired Tasks tasks;
  @Autowired BillingSettings settings;
  @Autowired javax.sql.DataSource dataSource;

  TestTenant t;
  UUID asel;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
    asel = member(t, "Asel", "Nurlanova");
  }

  /** 10:00 in Almaty on the day {@code days} after {@code date}. */
  private void setDay(LocalDate date, int days) {
    clock.setInstant(date.plusDays(days).atTime(4, 0).toInstant(ZoneOffset.UTC));
  }

  private DunningRun run() {
    return inTenant(t.tenantId(), () -> dunning.runNow());
  }

  private List<Message> reminders(UUID memberId) {
    return inTenant(t.tenantId(), () -> messages.history(memberId, 100)).stream()
        .filter(m -> m.dedupeKey() != null && m.dedupeKey().startsWith("dunning:"))
        .toList();
  }

  private List<Task> tasksAbout(String type, UUID id) {
    return inTenant(t.tenantId(), () -> tasks.list(TaskQuery.about(type, id)));
  }

  @Test
  void reminders_go_out_exactly_3_7_and_14_days_after_the_due_date_then_a_task() {
    payOnline(BillingProfile.OnlineProvider.FAKE_CARD);
    Invoice inv = issueSeed(t, asel);
    assertThat(inv.dueDate()).isEqualTo(LocalDate.of(2027, 2, 11));
    List<Integer> sentOn = new ArrayList<>();
    for (int day = -1; day <= 20; day++) {
      setDay(inv.dueDate(), day);
      int before = reminders(asel).size();
      DunningRun r = run();
      int after = reminders(asel).size();
      assertThat(after - before).as("reminders on day %d", day).isEqualTo(r.reminders());
      if (after > before) sentOn.add(day);
    }
    assertThat(sentOn).containsExactly(3, 7, 14);

    List<Message> sent = reminders(asel);
    assertThat(sent).allSatisfy(m -> assertThat(m.subject()).contains(inv.number()));
    assertThat(sent)
        .extracting(Message::subject)
        .containsExactlyInAnyOrder(
            "Reminder: invoice " + inv.number() + " is 3 days overdue",
            "Reminder: invoice " + inv.number() + " is 7 days overdue",
            "Reminder: invoice " + inv.number() + " is 14 days overdue");
    Message first =
        sent.stream().filter(m -> m.subject().contains("3 days")).findFirst().orElseThrow();
    assertThat(first.bodyText())
        .contains("Hello, Asel!")
        .contains(
            "Invoice "
                + inv.number()
                + " of 1 February 2027 was due on 11 February 2027, and KZT\u00a096,300 of it is"
                + " still unpaid (3 days overdue).")
        .doesNotContain("last reminder");
    Message last =
        sent.stream().filter(m -> m.subject().contains("14 days")).findFirst().orElseThrow();
    assertThat(last.bodyText())
        .contains("This is our last reminder.")
        .contains("/portal/billing/invoices/" + inv.id())
        .doesNotContain("suspended");

    assertThat(inTenant(t.tenantId(), () -> dunning.reminders(inv.id())))
        .extracting(DunningReminder::step, DunningReminder::daysOverdue, DunningReminder::finalStep)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 3, false),
            org.assertj.core.groups.Tuple.tuple(2, 7, false),
            org.assertj.core.groups.Tuple.tuple(3, 14, true));
    assertThat(tasksAbout("member", asel))
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.title())
                  .isEqualTo(
                      "Invoice " + inv.number() + " of Asel Nurlanova is unpaid after 14 days");
              assertThat(task.details()).contains("Reminders sent: 3");
              assertThat(task.createdBy()).isNull();
              assertThat(task.dueOn()).isEqualTo(inv.dueDate().plusDays(14));
            });
    // Without the policy saying so, nobody's access is suspended.
    assertThat(inTenant(t.tenantId(), () -> billing.accessSuspended(asel))).isFalse();
  }

  @Test
  void no_reminder_goes_out_once_the_invoice_is_paid() {
    Invoice inv = issueSeed(t, asel);
    setDay(inv.dueDate(), 3);
    assertThat(run().reminders()).isEqualTo(1);
    setDay(inv.dueDate(), 5);
    pay(t, inv.id(), "96300");
    for (int day : new int[] {7, 8, 14, 15, 30}) {
      setDay(inv.dueDate(), day);
      assertThat(run().reminders()).as("day %d", day).isZero();
    }
    assertThat(reminders(asel)).hasSize(1);
    assertThat(tasksAbout("member", asel)).isEmpty();
    // The database itself refuses a reminder of a paid invoice.
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    inTenant(
                        t.tenantId(),
                        () ->
                            db.sql(
                                    "INSERT INTO dunning_reminder (tenant_id, invoice_id, step,"
                                        + " days_overdue, final, sent_on, recipients, created_at)"
                                        + " VALUES (atrium_current_tenant(), ?, 2, 7, false,"
                                        + " current_date, 1, now())")
                                .param(inv.id())
                                .update())))
        .hasMessageContaining("billing_reminder_not_open");
  }

  @Test
  void a_partly_paid_invoice_is_still_chased_for_the_rest() {
    Invoice inv = issueSeed(t, asel);
    pay(t, inv.id(), "50000");
    setDay(inv.dueDate(), 3);
    assertThat(run().reminders()).isEqualTo(1);
    assertThat(reminders(asel).getFirst().bodyText()).contains("46,300");
  }

  @Test
  void running_twice_or_at_the_same_time_sends_each_reminder_once() throws Exception {
    Invoice inv = issueSeed(t, asel);
    Invoice other = issueOneOff(t, asel, "5000");
    setDay(inv.dueDate(), 3);
    int runners = 4;
    var barrier = new CyclicBarrier(runners);
    var pool = Executors.newFixedThreadPool(runners);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < runners; i++) {
      boolean wholeJob = i % 2 == 0;
      calls.add(
          () -> {
            barrier.await();
            // The cluster's job over every tenant on some "nodes", a staff member's run on others.
            if (wholeJob) {
              job.runAll();
              return -1;
            }
            return run().reminders();
          });
    }
    for (var f : pool.invokeAll(calls)) f.get();
    pool.shutdown();
    run();
    job.runAll();
    assertThat(reminders(asel)).hasSize(2);
    assertThat(inTenant(t.tenantId(), () -> dunning.reminders(inv.id()))).hasSize(1);
    assertThat(inTenant(t.tenantId(), () -> dunning.reminders(other.id()))).hasSize(1);
  }

  @Test
  void two_nodes_running_the_job_at_the_same_moment_send_each_reminder_once() throws Exception {
    Invoice inv = issueSeed(t, asel);
    setDay(inv.dueDate(), 7);
    try (var second = secondNode()) {
      DunningJob theirs = second.getBean(DunningJob.class);
      var barrier = new CyclicBarrier(2);
      var pool = Executors.newFixedThreadPool(2);
      List<Callable<Integer>> both =
          List.of(
              () -> {
                barrier.await();
                return job.runAll();
              },
              () -> {
                barrier.await();
                return theirs.runAll();
              });
      for (var f : pool.invokeAll(both)) assertThat(f.get()).as("tenants failed").isZero();
      pool.shutdown();
      theirs.runAll();
      assertThat(reminders(asel))
          .singleElement()
          .satisfies(m -> assertThat(m.subject()).contains("7 days overdue"));
      // The other node alone sends the next step when its day comes: it works on the same clock.
      setDay(inv.dueDate(), 14);
      theirs.runAll();
    }
    assertThat(inTenant(t.tenantId(), () -> dunning.reminders(inv.id())))
        .extracting(DunningReminder::step)
        .containsExactly(2, 3);
    assertThat(reminders(asel)).hasSize(2);
  }

  /** Another app instance on this database, on the test's clock, running no jobs by itself. */
  private org.springframework.context.ConfigurableApplicationContext secondNode() {
    var url = ((com.zaxxer.hikari.HikariDataSource) dataSource).getJdbcUrl();
    return new org.springframework.boot.builder.SpringApplicationBuilder(
            app.atrium.AtriumApplication.class)
        .initializers(
            ctx ->
                ((org.springframework.context.support.GenericApplicationContext) ctx)
                    .registerBean("clock", java.time.Clock.class, () -> clock))
        .run(
            "--server.port=0",
            "--atrium.db.url=" + url,
            "--atrium.db.owner-user=atrium_owner",
            "--atrium.db.app-user=atrium_app",
            "--atrium.db.pool-size=4",
            "--atrium.demo=false",
            "--atrium.scheduler.enabled=false",
            "--spring.main.allow-bean-definition-overriding=true",
            "--spring.mail.host=",
            "--spring.main.banner-mode=off");
  }

  @Test
  void the_daily_job_waits_for_the_morning_in_the_coworkings_time_zone() {
    Invoice inv = issueSeed(t, asel);
    LocalDate day3 = inv.dueDate().plusDays(3);
    // 08:30 in Almaty (UTC+5): too early.
    clock.setInstant(day3.atTime(3, 30).toInstant(ZoneOffset.UTC).minus(Duration.ofHours(0)));
    clock.setInstant(Instant.parse(day3 + "T03:30:00Z"));
    job.runAll();
    assertThat(reminders(asel)).isEmpty();
    clock.setInstant(Instant.parse(day3 + "T04:00:00Z"));
    job.runAll();
    assertThat(reminders(asel)).hasSize(1);
  }

  @Test
  void access_is_suspended_after_the_last_reminder_until_the_invoice_is_paid() throws Exception {
    Answer policy =
        call(
            HttpMethod.PUT,
            "/api/v1/dunning-policy",
            t.token(),
            map("enabled", true, "reminderDays", List.of(3, 7, 14), "suspendAccess", true));
    assertThat(policy.status()).as(policy.body().toString()).isEqualTo(200);
    Invoice inv = issueSeed(t, asel);
    setDay(inv.dueDate(), 13);
    run();
    assertThat(inTenant(t.tenantId(), () -> billing.accessSuspended(asel))).isFalse();
    setDay(inv.dueDate(), 14);
    run();
    assertThat(inTenant(t.tenantId(), () -> billing.accessSuspended(asel))).isTrue();
    AccessSuspension s = inTenant(t.tenantId(), () -> billing.suspension(asel)).orElseThrow();
    assertThat(s.invoiceNumber()).isEqualTo(inv.number());
    assertThat(s.amountDue()).isEqualByComparingTo("96300");
    assertThat(reminders(asel))
        .anySatisfy(
            m ->
                assertThat(m.bodyText())
                    .contains(
                        "Your access to the coworking is suspended until the invoice is paid."));
    Answer read =
        call(HttpMethod.GET, "/api/v1/members/" + asel + "/access-suspension", t.token(), null);
    assertThat(read.body().get("suspended").asBoolean()).isTrue();
    assertThat(read.body().get("suspension").get("invoiceNumber").asText()).isEqualTo(inv.number());

    setDay(inv.dueDate(), 15);
    pay(t, inv.id(), "90000");
    assertThat(inTenant(t.tenantId(), () -> billing.accessSuspended(asel)))
        .as("still 6 300 due")
        .isTrue();
    pay(t, inv.id(), "6300");
    assertThat(inTenant(t.tenantId(), () -> billing.accessSuspended(asel))).isFalse();
    read = call(HttpMethod.GET, "/api/v1/members/" + asel + "/access-suspension", t.token(), null);
    assertThat(read.body().get("suspended").asBoolean()).isFalse();
  }

  @Test
  void a_company_is_reminded_at_its_billing_email_and_its_people_lose_access() throws Exception {
    inTenant(t.tenantId(), () -> dunning.update(new DunningPolicy(true, List.of(2, 5), true)));
    UUID acme =
        inTenant(
            t.tenantId(),
            () ->
                companies
                    .create(
                        new CompanyDraft(
                            "Acme",
                            "Acme LLP",
                            "990011223344",
                            "billing@acme.test",
                            null,
                            null,
                            null))
                    .id());
    UUID timur = billedMember(acme, "Timur", "Abenov");
    UUID bota = billedMember(acme, "Bota", "Kairat");
    Invoice inv =
        inTenant(
                t.tenantId(),
                () ->
                    invoicing.issue(
                        InvoiceDraft.oneOff(
                            Payer.company(acme),
                            FEBRUARY,
                            List.of(
                                DraftLine.priced(
                                    LineKind.ONE_OFF,
                                    "Office, February",
                                    BigDecimal.ONE,
                                    "",
                                    new BigDecimal("250000"))))))
            .invoice();
    setDay(inv.dueDate(), 2);
    run();
    setDay(inv.dueDate(), 5);
    run();
    // Both went to the company's address, kept in the history of its first person by name.
    assertThat(reminders(bota)).isEmpty();
    assertThat(reminders(timur))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.to()).isEqualTo("billing@acme.test"))
        .allSatisfy(m -> assertThat(m.bodyText()).startsWith("Hello, Acme!"));
    assertThat(tasksAbout("company", acme))
        .singleElement()
        .satisfies(task -> assertThat(task.title()).contains("of Acme is unpaid after 5 days"));
    assertThat(inTenant(t.tenantId(), () -> billing.accessSuspended(timur))).isTrue();
    assertThat(inTenant(t.tenantId(), () -> billing.accessSuspended(bota))).isTrue();
    assertThat(inTenant(t.tenantId(), () -> billing.accessSuspended(asel))).isFalse();
    // Turning suspension off lifts it for everyone at once.
    inTenant(t.tenantId(), () -> dunning.update(new DunningPolicy(true, List.of(2, 5), false)));
    assertThat(inTenant(t.tenantId(), () -> billing.accessSuspended(timur))).isFalse();
  }

  @Test
  void the_policy_is_each_coworkings_own_and_bad_ones_are_refused() throws Exception {
    assertThat(call(HttpMethod.GET, "/api/v1/dunning-policy", t.token(), null).body().toString())
        .contains("\"reminderDays\":[3,7,14]")
        .contains("\"suspendAccess\":false");
    for (Object days :
        List.of(List.of(), List.of(7, 3), List.of(0, 5), List.of(1, 2, 3, 4, 5, 6, 7))) {
      Answer bad =
          call(
              HttpMethod.PUT,
              "/api/v1/dunning-policy",
              t.token(),
              map("enabled", true, "reminderDays", days, "suspendAccess", false));
      assertThat(bad.status()).as("days %s: %s", days, bad.body()).isBetween(400, 422);
    }
    assertThat(call(HttpMethod.GET, "/api/v1/dunning-policy", t.token(), null).body().toString())
        .contains("\"reminderDays\":[3,7,14]");

    Answer set =
        call(
            HttpMethod.PUT,
            "/api/v1/dunning-policy",
            t.token(),
            map("enabled", true, "reminderDays", List.of(1, 5), "suspendAccess", false));
    assertThat(set.status()).isEqualTo(200);
    Invoice inv = issueSeed(t, asel);
    List<Integer> sentOn = new ArrayList<>();
    for (int day = 0; day <= 8; day++) {
      setDay(inv.dueDate(), day);
      Answer r = call(HttpMethod.POST, "/api/v1/dunning/run", t.token(), null);
      assertThat(r.status()).isEqualTo(200);
      if (r.body().get("reminders").asInt() > 0) sentOn.add(day);
    }
    assertThat(sentOn).containsExactly(1, 5);
    assertThat(tasksAbout("member", asel)).hasSize(1);
    Answer steps =
        call(HttpMethod.GET, "/api/v1/invoices/" + inv.id() + "/reminders", t.token(), null);
    assertThat(steps.body()).hasSize(2);

    // Another coworking's policy is untouched, and off means off.
    TestTenant other = newTenant();
    assertThat(
            call(HttpMethod.GET, "/api/v1/dunning-policy", other.token(), null).body().toString())
        .contains("\"reminderDays\":[3,7,14]");
    inTenant(t.tenantId(), () -> dunning.update(new DunningPolicy(false, List.of(1, 5), false)));
    Invoice later = issueOneOff(t, asel, "1000");
    setDay(later.dueDate(), 10);
    assertThat(run().reminders()).isZero();
  }

  private void payOnline(BillingProfile.OnlineProvider provider) {
    inTenant(
        t.tenantId(),
        () -> {
          var p = settings.profile();
          return settings.update(
              new BillingProfile(
                  p.address(),
                  p.email(),
                  p.phone(),
                  p.bankDetails(),
                  p.timeZone(),
                  p.paymentTermsDays(),
                  p.invoicePrefix(),
                  p.creditNotePrefix(),
                  provider,
                  null));
        });
  }

  private UUID billedMember(UUID company, String first, String last) {
    return inTenant(
        t.tenantId(),
        () ->
            members
                .create(
                    new MemberDraft(
                        first,
                        last,
                        first.toLowerCase()
                            + "-"
                            + UUID.randomUUID().toString().substring(0, 6)
                            + "@test.atrium",
                        null,
                        company,
                        true,
                        List.of()))
                .id());
  }
}
