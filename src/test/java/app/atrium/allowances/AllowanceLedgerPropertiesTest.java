package app.atrium.allowances;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.AtriumApplication;
import app.atrium.booking.Booking;
import app.atrium.booking.BookingRequest;
import app.atrium.booking.Bookings;
import app.atrium.booking.Channel;
import app.atrium.members.MemberDraft;
import app.atrium.members.Members;
import app.atrium.plans.AccessSchedule;
import app.atrium.plans.Allowance;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.LocationAccess;
import app.atrium.plans.MembershipDraft;
import app.atrium.plans.Memberships;
import app.atrium.plans.PlanDraft;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.Plans;
import app.atrium.plans.Workplace;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.pricing.Pricing;
import app.atrium.spaces.BookedBy;
import app.atrium.spaces.ResourceDraft;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceTypeDraft;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import app.atrium.support.TestDatabase;
import app.atrium.tenancy.Onboarding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Properties of the allowance ledger on the real database: whatever bookings one member makes at
 * once, her balance never goes negative, never takes more than it grants, never spends an hour
 * twice, and cancelling everything and booking it again gives the balance back. The app runs whole
 * (no web server) on a fresh database; each try is a fresh member in a fresh month.
 */
class AllowanceLedgerPropertiesTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
  private static final BigDecimal GRANTED = new BigDecimal("5");
  private static final int ROOMS = 3;
  private static final AtomicInteger tries = new AtomicInteger();

  private static ConfigurableApplicationContext app;
  private static UUID tenant;
  private static UUID location;
  private static UUID plan;
  private static final List<UUID> rooms = new ArrayList<>();

  /** A booking one member asks for: a room, a day of the month, a start and a length. */
  record Ask(int room, int day, int startHalfHours, int lengthHalfHours) {
    Instant start(YearMonth month) {
      return month
          .atDay(day)
          .atTime(LocalTime.of(8, 0).plusMinutes(30L * startHalfHours))
          .atZone(ZONE)
          .toInstant();
    }

    Instant end(YearMonth month) {
      return start(month).plusSeconds(1800L * lengthHalfHours);
    }
  }

  @BeforeContainer
  static void start() {
    String url = TestDatabase.newDatabase();
    // Command-line arguments outrank application.yml's own defaults (properties() would not).
    app =
        new SpringApplicationBuilder(AtriumApplication.class)
            .run(
                "--server.port=0",
                "--atrium.demo=false",
                "--atrium.db.url=" + url,
                "--atrium.db.owner-user=" + TestDatabase.OWNER,
                "--atrium.db.app-user=" + TestDatabase.APP,
                "--atrium.db.pool-size=10",
                "--atrium.scheduler.enabled=false",
                "--spring.main.banner-mode=off");
    var created =
        app.getBean(Onboarding.class)
            .create(
                new Onboarding.NewCoworking(
                    "Ledger properties",
                    "ledger-props-" + UUID.randomUUID().toString().substring(0, 8),
                    "KZT",
                    "en",
                    "Asia/Almaty",
                    "Main",
                    "Street 1",
                    "Owner",
                    "owner-ledger-props@test.atrium",
                    "password-ledger"),
                false);
    tenant = created.tenantId();
    location = created.locationId();
    inTenant(
        () -> {
          UUID type =
              app.getBean(ResourceTypes.class)
                  .create(
                      new ResourceTypeDraft(
                          "Meeting room",
                          "room",
                          ResourceKind.EXCLUSIVE,
                          true,
                          30,
                          30,
                          480,
                          BookedBy.MEMBERS,
                          true,
                          120))
                  .id();
          for (int i = 0; i < ROOMS; i++) {
            rooms.add(
                app.getBean(Resources.class)
                    .create(
                        new ResourceDraft(
                            location, type, "Room " + i, "", 6, "", List.of(), null, null, null))
                    .id());
          }
          plan =
              app.getBean(Plans.class)
                  .create(
                      new PlanDraft(
                          "RESIDENT",
                          "Resident",
                          "",
                          new BigDecimal("85000"),
                          false,
                          PlanPeriod.MONTH,
                          Workplace.FIXED_DESK,
                          List.of(Allowance.of(AllowanceKind.MEETING_ROOM_HOURS, GRANTED)),
                          Set.of(),
                          new BigDecimal("20"),
                          LocationAccess.HOME,
                          AccessSchedule.OPENING_HOURS,
                          BigDecimal.ZERO,
                          true,
                          true,
                          null))
                  .id();
          return null;
        });
  }

  @AfterContainer
  static void stop() {
    if (app != null) app.close();
  }

  @Provide
  Arbitrary<List<Ask>> asks() {
    Arbitrary<Ask> ask =
        Combinators.combine(
                Arbitraries.integers().between(0, ROOMS - 1),
                Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(1, 6))
            .as(Ask::new);
    return ask.list().ofMinSize(1).ofMaxSize(14);
  }

  @Property(tries = 12)
  void one_members_concurrent_bookings_never_overdraw_nor_double_spend_and_cancelling_returns_all(
      @ForAll("asks") List<Ask> asks) throws Exception {
    // A fresh member on the plan for a month of her own, ahead of the real clock.
    YearMonth month = YearMonth.now(ZONE).plusMonths(2 + tries.getAndIncrement());
    UUID member =
        inTenant(
            () -> {
              UUID m =
                  app.getBean(Members.class)
                      .create(new MemberDraft("Prop", "Member", null, null, null, null, List.of()))
                      .id();
              app.getBean(Memberships.class)
                  .start(new MembershipDraft(m, plan, location, month.atDay(1)));
              return m;
            });

    List<Booking> booked = bookAll(member, month, asks);
    checkLedger(member, month, booked);

    // Cancelled in time, everything comes back.
    for (Booking b : booked) {
      TenantContext.callAs(tenant, () -> app.getBean(Bookings.class).cancel(b.id(), Channel.DESK));
    }
    assertThat(balance(member, month).used()).isEqualByComparingTo("0");

    // The slots that were booked, booked again at once (overlapping asks may have had other
    // winners the first time): the balance covers exactly as much as the first time.
    List<Ask> granted =
        booked.stream()
            .map(
                bk ->
                    asks.stream()
                        .filter(
                            a ->
                                rooms.get(a.room()).equals(bk.resourceId())
                                    && a.start(month).equals(bk.start())
                                    && a.end(month).equals(bk.end()))
                        .findFirst()
                        .orElseThrow())
            .toList();
    List<Booking> again = bookAll(member, month, granted);
    assertThat(again).hasSameSizeAs(booked);
    checkLedger(member, month, again);
    assertThat(hours(again)).isEqualByComparingTo(hours(booked));
    assertThat(balance(member, month).used()).isEqualByComparingTo(usedExpected(booked));
  }

  /** Books every ask at once from several threads; returns those that got their slot. */
  private static List<Booking> bookAll(UUID member, YearMonth month, List<Ask> asks)
      throws Exception {
    List<Callable<Booking>> calls = new ArrayList<>();
    for (Ask a : asks) {
      calls.add(
          () -> {
            try {
              return TenantContext.callAs(
                  tenant,
                  () ->
                      app.getBean(Bookings.class)
                          .book(
                              new BookingRequest(
                                  rooms.get(a.room()),
                                  null,
                                  member,
                                  null,
                                  a.start(month),
                                  a.end(month),
                                  null),
                              Channel.API));
            } catch (AtriumException refused) {
              // The slot is taken by another of her asks (or the rules refuse it): no booking.
              return null;
            }
          });
    }
    List<Booking> booked = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(4)) {
      for (Future<Booking> f : pool.invokeAll(calls)) {
        if (f.get() != null) booked.add(f.get());
      }
    }
    return booked;
  }

  private static void checkLedger(UUID member, YearMonth month, List<Booking> booked) {
    var balance = balance(member, month);
    // Never negative, never more than granted.
    assertThat(balance.used()).isBetween(BigDecimal.ZERO, GRANTED);
    // Served in turn, the bookings take exactly min(granted, what they ask).
    assertThat(balance.used()).isEqualByComparingTo(usedExpected(booked));
    // Each hour once: what the bookings say they took adds up to the balance and to the ledger.
    BigDecimal took = BigDecimal.ZERO;
    for (Booking b : booked) {
      BigDecimal included = b.price().included().hours();
      BigDecimal length = Pricing.bookedHours(b.start(), b.end());
      assertThat(included).isBetween(BigDecimal.ZERO, length);
      took = took.add(included);
    }
    assertThat(took).isEqualByComparingTo(balance.used());
    BigDecimal ledger =
        inTenant(
            () ->
                app.getBean(JdbcClient.class)
                    .sql(
                        "SELECT coalesce(sum(e.used), 0) FROM allowance_entry e JOIN"
                            + " allowance_account a ON a.id = e.account_id WHERE a.member_id = ?"
                            + " AND a.period = ?")
                    .params(member, month.atDay(1))
                    .query(BigDecimal.class)
                    .single());
    assertThat(ledger).isEqualByComparingTo(balance.used());
  }

  private static BigDecimal usedExpected(List<Booking> booked) {
    return hours(booked).min(GRANTED);
  }

  private static BigDecimal hours(List<Booking> booked) {
    return booked.stream()
        .map(b -> Pricing.bookedHours(b.start(), b.end()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Balance balance(UUID member, YearMonth month) {
    return inTenant(
        () ->
            app.getBean(Allowances.class).balances(member, month).stream()
                .filter(b -> b.kind() == AllowanceKind.MEETING_ROOM_HOURS)
                .findFirst()
                .orElseThrow());
  }

  private static <T> T inTenant(java.util.function.Supplier<T> work) {
    return TenantContext.callAs(
        tenant, () -> app.getBean(TransactionTemplate.class).execute(s -> work.get()));
  }
}
