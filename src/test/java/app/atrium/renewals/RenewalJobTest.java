package app.atrium.renewals;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.comms.Message;
import app.atrium.plans.Membership;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.renewals.job.DailyRenewalCheck;
import app.atrium.tasks.Task;
import app.atrium.tasks.TaskStatus;
import app.atrium.tenancy.TenantSettings;
import app.atrium.tenancy.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RenewalJobTest extends RenewalsTestSupport {

  @Autowired DailyRenewalCheck daily;
  @Autowired Tenants tenants;

  @Test
  void without_autopay_the_member_is_reminded_and_the_admin_gets_one_call_task_even_run_twice()
      throws Exception {
    Coworking c = coworking();
    UUID asel = member(c, "Asel", "Nurlanova");
    Membership m = fixedTerm(c, asel, TODAY.plusDays(5), false);

    RenewalRun first = run(c);
    assertThat(first.endingSoon()).isOne();
    assertThat(first.remindersSent()).isOne();
    assertThat(first.tasksCreated()).isOne();
    assertThat(first.renewed()).isZero();
    assertThat(first.problems()).isEmpty();
    RenewalRun second = run(c);
    assertThat(second.endingSoon()).isOne();
    assertThat(second.remindersSent()).isZero();
    assertThat(second.tasksCreated()).isZero();

    assertThat(history(c, asel))
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.to()).isEqualTo("asel-" + c.tenant().slug() + "@example.kz");
              assertThat(mail.subject()).contains("Resident").contains("December 8, 2026");
              assertThat(mail.bodyText())
                  .startsWith("Hello, Asel!")
                  .contains("reply to this email");
              assertThat(mail.dedupeKey()).isEqualTo("renewal-reminder:" + m.id() + ":2026-12-08");
            });
    assertThat(tasksAbout(c, asel))
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.title()).isEqualTo("Call Asel Nurlanova about renewal");
              assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 12, 7));
              assertThat(task.assigneeId()).isEqualTo(c.admin());
              assertThat(task.createdBy()).as("made by the system").isNull();
              assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
              assertThat(task.details()).contains("Resident").contains("+7 701 555 12 34");
            });
    assertThat(reload(c, m.id()).endsOn()).as("not renewed").isEqualTo(TODAY.plusDays(5));
  }

  @Test
  void with_autopay_the_membership_is_renewed_once_and_no_task_is_made() throws Exception {
    Coworking c = coworking();
    UUID timur = member(c, "Timur", "Bekov");
    Membership m = fixedTerm(c, timur, TODAY.plusDays(7), true);

    RenewalRun first = run(c);
    assertThat(first.renewed()).isOne();
    assertThat(first.remindersSent()).isOne();
    assertThat(first.tasksCreated()).isZero();
    LocalDate renewedTo = reload(c, m.id()).endsOn();
    assertThat(renewedTo).isEqualTo(TODAY.plusDays(7).plusDays(1).plusMonths(3).minusDays(1));

    RenewalRun second = run(c);
    assertThat(second.endingSoon()).as("its new end is far off").isZero();
    assertThat(reload(c, m.id()).endsOn()).isEqualTo(renewedTo);
    assertThat(history(c, timur))
        .singleElement()
        .satisfies(mail -> assertThat(mail.bodyText()).contains("Autopay is on"));
    assertThat(tasksAbout(c, timur)).isEmpty();
    long renewals =
        inTenant(
            c.tenant().tenantId(),
            () ->
                db.sql("SELECT count(*) FROM membership_renewal WHERE renewed_to = ?")
                    .param(renewedTo)
                    .query(Long.class)
                    .single());
    assertThat(renewals).isOne();
  }

  @Test
  void two_checks_at_the_same_time_remind_renew_and_create_each_thing_once() throws Exception {
    Coworking c = coworking();
    UUID asel = member(c, "Asel", "Nurlanova");
    UUID timur = member(c, "Timur", "Bekov");
    fixedTerm(c, asel, TODAY.plusDays(2), false);
    Membership auto = fixedTerm(c, timur, TODAY.plusDays(3), true);

    List<RenewalRun> runs = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      var barrier = new CyclicBarrier(2);
      try (var pool = Executors.newFixedThreadPool(2)) {
        List<Future<RenewalRun>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          both.add(
              pool.submit(
                  () -> {
                    barrier.await();
                    return run(c);
                  }));
        }
        for (Future<RenewalRun> f : both) runs.add(f.get());
      }
    }
    assertThat(runs).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    assertThat(runs.stream().mapToInt(RenewalRun::remindersSent).sum()).isEqualTo(2);
    assertThat(runs.stream().mapToInt(RenewalRun::tasksCreated).sum()).isOne();
    assertThat(runs.stream().mapToInt(RenewalRun::renewed).sum()).isOne();
    assertThat(history(c, asel)).hasSize(1);
    assertThat(history(c, timur)).hasSize(1);
    assertThat(tasksAbout(c, asel)).hasSize(1);
    assertThat(tasksAbout(c, timur)).isEmpty();
    assertThat(reload(c, auto.id()).endsOn())
        .as("renewed by one term, not two")
        .isEqualTo(TODAY.plusDays(3).plusDays(1).plusMonths(3).minusDays(1));
  }

  @Test
  void a_term_not_ending_within_the_notice_period_gets_nothing_until_the_period_is_longer()
      throws Exception {
    Coworking c = coworking();
    UUID asel = member(c, "Asel", "Nurlanova");
    UUID open = member(c, "Erlan", "Open");
    fixedTerm(c, asel, TODAY.plusDays(20), false);
    inTenant(
        c.tenant().tenantId(),
        () ->
            memberships.start(
                new app.atrium.plans.MembershipDraft(
                    open, c.planId(), c.tenant().locationId(), TODAY.minusMonths(2))));

    RenewalRun run = run(c);
    assertThat(run.endingSoon()).isZero();
    assertThat(history(c, asel)).isEmpty();
    assertThat(tasksAbout(c, asel)).isEmpty();
    assertThat(history(c, open)).isEmpty();

    inTenant(c.tenant().tenantId(), () -> renewals.updateSettings(new RenewalSettings(30, null)));
    RenewalRun longer = run(c);
    assertThat(longer.endingSoon()).isOne();
    assertThat(history(c, asel)).hasSize(1);
    assertThat(tasksAbout(c, asel)).hasSize(1);
    assertThat(tasksAbout(c, open)).as("an open-ended membership is never reminded").isEmpty();
  }

  @Test
  void the_task_and_reminder_speak_the_coworkings_language_and_go_to_the_configured_role()
      throws Exception {
    Coworking c = coworking();
    UUID accountant = accountId(c.tenant(), addUser(c.tenant(), Role.ACCOUNTANT, "Aigerim Books"));
    inTenant(
        c.tenant().tenantId(),
        () -> {
          TenantSettings s = tenants.current();
          tenants.update(
              new TenantSettings(
                  s.name(),
                  s.legalName(),
                  s.taxId(),
                  s.currency(),
                  s.taxMode(),
                  s.taxRate(),
                  "ru"));
          return renewals.updateSettings(new RenewalSettings(7, Role.ACCOUNTANT));
        });
    UUID asel = member(c, "Асель", "Нурланова");
    fixedTerm(c, asel, TODAY.plusDays(6), false);

    run(c);
    Task task = tasksAbout(c, asel).getFirst();
    assertThat(task.title()).isEqualTo("Позвонить по продлению: Асель Нурланова");
    assertThat(task.assigneeId()).isEqualTo(accountant);
    Message mail = history(c, asel).getFirst();
    assertThat(mail.subject()).contains("9 декабря 2026");
    assertThat(mail.bodyText()).startsWith("Здравствуйте, Асель!");
  }

  @Test
  void the_daily_job_checks_each_coworking_once_a_day_from_seven_in_the_morning_local_time()
      throws Exception {
    Coworking c = coworking();
    UUID asel = member(c, "Asel", "Nurlanova");
    fixedTerm(c, asel, TODAY.plusDays(4), false);
    UUID tenant = c.tenant().tenantId();

    // 06:59 in Almaty (UTC+5) is too early.
    daily.runDue(Instant.parse("2026-12-03T01:59:00Z"));
    assertThat(TenantContext.callAs(tenant, () -> renewals.checked(TODAY))).isFalse();
    assertThat(tasksAbout(c, asel)).isEmpty();

    daily.runDue(Instant.parse("2026-12-03T02:00:00Z"));
    assertThat(TenantContext.callAs(tenant, () -> renewals.checked(TODAY))).isTrue();
    assertThat(tasksAbout(c, asel)).hasSize(1);
    assertThat(history(c, asel)).hasSize(1);

    // Later visits that day leave it be; the next morning checks again (and adds nothing new).
    daily.runDue(Instant.parse("2026-12-03T09:00:00Z"));
    daily.runDue(Instant.parse("2026-12-04T02:15:00Z"));
    assertThat(TenantContext.callAs(tenant, () -> renewals.checked(TODAY.plusDays(1)))).isTrue();
    assertThat(tasksAbout(c, asel)).hasSize(1);
    assertThat(history(c, asel)).hasSize(1);
    clock.advance(Duration.ZERO);
  }

  @Test
  void another_coworking_sees_none_of_the_renewal_rows() throws Exception {
    Coworking c = coworking();
    UUID timur = member(c, "Timur", "Bekov");
    fixedTerm(c, timur, TODAY.plusDays(3), true);
    inTenant(c.tenant().tenantId(), () -> renewals.updateSettings(new RenewalSettings(10, null)));
    run(c);
    var other = newTenant();
    for (String table : List.of("renewal_settings", "membership_renewal", "renewal_check")) {
      long mine =
          inTenant(
              c.tenant().tenantId(),
              () -> db.sql("SELECT count(*) FROM " + table).query(Long.class).single());
      long theirs =
          inTenant(
              other.tenantId(),
              () -> db.sql("SELECT count(*) FROM " + table).query(Long.class).single());
      assertThat(mine).as(table).isOne();
      assertThat(theirs).as(table + " seen by another coworking").isZero();
    }
    assertThat(inTenant(other.tenantId(), () -> renewals.settings()))
        .isEqualTo(RenewalSettings.defaults());
    RenewalRun theirs = TenantContext.callAs(other.tenantId(), () -> renewals.run(TODAY));
    assertThat(theirs.endingSoon()).isZero();
  }
}
