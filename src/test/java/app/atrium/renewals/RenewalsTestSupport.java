package app.atrium.renewals;

import app.atrium.comms.Message;
import app.atrium.comms.Messages;
import app.atrium.members.MemberDraft;
import app.atrium.plans.Membership;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.MembershipTerm;
import app.atrium.plans.Memberships;
import app.atrium.plans.PlansTestSupport;
import app.atrium.platform.security.Role;
import app.atrium.support.TestTenant;
import app.atrium.tasks.Task;
import app.atrium.tasks.TaskQuery;
import app.atrium.tasks.Tasks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** A coworking with staff, members on fixed terms, and a fixed "today" for renewal tests. */
abstract class RenewalsTestSupport extends PlansTestSupport {

  /** 09:00 on 3 December 2026 in Almaty, the test coworkings' time zone. */
  static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @Autowired Renewals renewals;
  @Autowired Memberships memberships;
  @Autowired Messages messages;
  @Autowired Tasks tasks;

  /** The coworking, its desk admin (the first admin, who gets the call tasks) and its plan. */
  record Coworking(TestTenant tenant, UUID admin, String adminEmail, UUID planId) {}

  Coworking coworking() throws Exception {
    clock.setInstant(NOW);
    TestTenant t = newTenant();
    String adminEmail = addUser(t, Role.ADMIN, "Gulnara Desk");
    UUID admin = accountId(t, adminEmail);
    UUID plan = UUID.fromString(createPlan(t, residentBody()).get("id").asText());
    return new Coworking(t, admin, adminEmail, plan);
  }

  UUID accountId(TestTenant t, String email) {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql("SELECT id FROM account WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single());
  }

  UUID member(Coworking c, String first, String last) {
    String email =
        first.toLowerCase().replaceAll("[^a-z]", "") + "-" + c.tenant().slug() + "@example.kz";
    return inTenant(
        c.tenant().tenantId(),
        () ->
            members
                .create(
                    new MemberDraft(first, last, email, "+7 701 555 12 34", null, false, List.of()))
                .id());
  }

  /** A 3-month term of {@code memberId} whose last day is {@code endsOn}. */
  Membership fixedTerm(Coworking c, UUID memberId, LocalDate endsOn, boolean autopay) {
    LocalDate startsOn = endsOn.plusDays(1).minusMonths(3);
    return inTenant(
        c.tenant().tenantId(),
        () ->
            memberships.start(
                new MembershipDraft(
                    memberId,
                    c.planId(),
                    c.tenant().locationId(),
                    startsOn,
                    MembershipTerm.MONTHS_3,
                    false,
                    null,
                    null,
                    autopay,
                    null,
                    null)));
  }

  RenewalRun run(Coworking c) {
    return app.atrium.platform.tenant.TenantContext.callAs(
        c.tenant().tenantId(), () -> renewals.run(TODAY));
  }

  List<Message> history(Coworking c, UUID memberId) {
    return inTenant(c.tenant().tenantId(), () -> messages.history(memberId, 50));
  }

  List<Task> tasksAbout(Coworking c, UUID memberId) {
    return inTenant(c.tenant().tenantId(), () -> tasks.list(TaskQuery.about("member", memberId)));
  }

  Membership reload(Coworking c, UUID membershipId) {
    return inTenant(c.tenant().tenantId(), () -> memberships.get(membershipId));
  }
}
