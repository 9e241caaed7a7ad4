package app.atrium.statement;

import app.atrium.allowances.Allowances;
import app.atrium.booking.BookingCharge;
import app.atrium.booking.Bookings;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.plans.Membership;
import app.atrium.plans.Memberships;
import app.atrium.plans.Plans;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.services.MonthUsage;
import app.atrium.services.ServiceUsages;
import app.atrium.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Composes a member's month so far; members read their own only. */
@Service
public class Statements {

  private final Members members;
  private final Memberships memberships;
  private final Plans plans;
  private final Allowances allowances;
  private final Bookings bookings;
  private final ServiceUsages usages;
  private final Tenants tenants;
  private final Clock clock;

  Statements(
      Members members,
      Memberships memberships,
      Plans plans,
      Allowances allowances,
      Bookings bookings,
      ServiceUsages usages,
      Tenants tenants,
      Clock clock) {
    this.members = members;
    this.memberships = memberships;
    this.plans = plans;
    this.allowances = allowances;
    this.bookings = bookings;
    this.usages = usages;
    this.tenants = tenants;
    this.clock = clock;
  }

  /** The member signed in, if she has a card. */
  @Transactional(readOnly = true)
  public Optional<Member> me() {
    return TenantContext.currentUser().flatMap(u -> members.findByAccount(u.accountId()));
  }

  /**
   * The month of {@code memberId} (members: null or their own), {@code month} null meaning the
   * current month at her home location.
   */
  @Transactional(readOnly = true)
  public MonthStatement month(UUID memberId, YearMonth month) {
    Member member = whose(memberId);
    YearMonth period = month != null ? month : usages.periodOf(member.id(), clock.instant());
    List<MonthStatement.PlanHeld> held =
        memberships.list(member.id(), null).stream()
            .filter(m -> runsIn(m, period))
            .map(
                m ->
                    new MonthStatement.PlanHeld(
                        m.id(),
                        plans.get(m.planId()).name(),
                        m.startsOn(),
                        m.endsOn(),
                        m.status().name()))
            .toList();
    List<BookingCharge> charges = bookings.charges(List.of(member.id()), period);
    MonthUsage usage = usages.month(member.id(), period);
    BigDecimal overageHours = BigDecimal.ZERO;
    BigDecimal overage = BigDecimal.ZERO;
    BigDecimal other = BigDecimal.ZERO;
    for (BookingCharge c : charges) {
      if (c.usesRoomHours()) {
        overageHours = overageHours.add(c.paidHours());
        overage = overage.add(c.amount());
      } else {
        other = other.add(c.amount());
      }
    }
    BigDecimal services = usage.amount();
    return new MonthStatement(
        member.id(),
        member.fullName(),
        period,
        tenants.current().currency(),
        held,
        allowances.balances(member.id(), period),
        charges,
        usage.totals(),
        overageHours,
        overage,
        other,
        services,
        overage.add(other).add(services));
  }

  private static boolean runsIn(Membership m, YearMonth period) {
    return !m.startsOn().isAfter(period.atEndOfMonth())
        && (m.endsOn() == null || !m.endsOn().isBefore(period.atDay(1)));
  }

  private Member whose(UUID memberId) {
    AtriumUser actor = TenantContext.currentUser().orElse(null);
    if (actor != null && actor.role() == Role.MEMBER) {
      Member own =
          members
              .findByAccount(actor.accountId())
              .orElseThrow(() -> AtriumException.notFound("Member card of", actor.email()));
      if (memberId != null && !memberId.equals(own.id())) {
        throw AtriumException.notFound("Member", memberId);
      }
      return own;
    }
    if (memberId == null) throw AtriumException.invalid("memberId", "is required");
    return members.find(memberId).orElseThrow(() -> AtriumException.notFound("Member", memberId));
  }
}
