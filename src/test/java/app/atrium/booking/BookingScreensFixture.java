package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import app.atrium.members.MemberDraft;
import app.atrium.plans.AccessSchedule;
import app.atrium.plans.LocationAccess;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.Memberships;
import app.atrium.plans.PlanDraft;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.Plans;
import app.atrium.plans.Workplace;
import app.atrium.platform.security.Role;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** The booking fixture with people who sign in: a front desk admin and members with a plan. */
abstract class BookingScreensFixture extends BookingFixture {

  @Autowired Plans plans;
  @Autowired Memberships memberships;

  /** A member of the fixture's coworking on a plan that books rooms and desks, with a login. */
  record Person(UUID memberId, String email) {}

  Person memberWithLogin(String first, String last) {
    String email = addUser(t, Role.MEMBER, first + " " + last);
    UUID id =
        inTenant(
            t.tenantId(),
            () -> {
              UUID account = accounts.grant(email, first + " " + last, Role.MEMBER);
              var m =
                  members.create(new MemberDraft(first, last, null, null, null, null, List.of()));
              members.linkAccount(m.id(), account);
              var plan =
                  plans.list().stream()
                      .filter(p -> p.code().equals("FLEX"))
                      .findFirst()
                      .orElseGet(
                          () ->
                              plans.create(
                                  new PlanDraft(
                                      "FLEX",
                                      "Flex",
                                      "",
                                      new BigDecimal("45000"),
                                      false,
                                      PlanPeriod.MONTH,
                                      Workplace.ANY_DESK,
                                      List.of(),
                                      Set.of(),
                                      null,
                                      LocationAccess.ALL,
                                      AccessSchedule.OPENING_HOURS,
                                      null,
                                      true,
                                      true,
                                      null)));
              memberships.start(
                  new MembershipDraft(
                      m.id(), plan.id(), t.locationId(), LocalDate.now(ALMATY).minusDays(1)));
              return m.id();
            });
    return new Person(id, email);
  }

  Cookie signIn(String email) throws Exception {
    Cookie session =
        mvc.perform(formLogin("/login").user(email).password(t.password()))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    assertThat(session).as("session of " + email).isNotNull();
    return session;
  }

  Cookie desk() throws Exception {
    return signIn(addUser(t, Role.ADMIN, "Gulnara Desk"));
  }
}
