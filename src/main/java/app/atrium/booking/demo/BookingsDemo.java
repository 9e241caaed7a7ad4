package app.atrium.booking.demo;

import app.atrium.booking.BookingRequest;
import app.atrium.booking.Bookings;
import app.atrium.booking.Channel;
import app.atrium.members.Member;
import app.atrium.members.MemberQuery;
import app.atrium.members.Members;
import app.atrium.platform.demo.DemoContributor;
import app.atrium.platform.web.AtriumException;
import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceStatus;
import app.atrium.spaces.Resources;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lived-in week for the demo: meeting rooms and desks booked from today on, through the same
 * service as every channel (so the rules apply; a refused slot is simply skipped).
 */
@Component
@Order(40)
class BookingsDemo implements DemoContributor {

  private final Bookings bookings;
  private final Resources resources;
  private final Members members;
  private final Clock clock;

  private final TransactionTemplate savepoint;

  BookingsDemo(
      Bookings bookings,
      Resources resources,
      Members members,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.bookings = bookings;
    this.resources = resources;
    this.members = members;
    this.clock = clock;
    // The demo is seeded in one transaction; each booking gets a savepoint so a refused slot
    // rolls back alone.
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  @Override
  public void seed(DemoTenant tenant) {
    var random = new Random(42);
    List<Resource> rooms =
        resources.list(tenant.locationId(), null, ResourceStatus.ACTIVE).stream()
            .filter(r -> r.kind() == ResourceKind.EXCLUSIVE && r.name().startsWith("Переговорная"))
            .toList();
    List<Resource> openSpace =
        resources.list(tenant.locationId(), null, ResourceStatus.ACTIVE).stream()
            .filter(r -> r.kind() == ResourceKind.CAPACITY && r.name().startsWith("Опен"))
            .toList();
    List<Member> people = members.search(MemberQuery.active(null, 60)).items();
    if (people.isEmpty()) return;
    LocalDate today = LocalDate.now(clock.withZone(tenant.zone()));
    for (int day = 0; day < 4; day++) {
      for (Resource room : rooms) {
        for (int i = 0; i < 2; i++) {
          int hour = 9 + random.nextInt(11);
          int length = 1 + random.nextInt(2);
          tryBook(
              room,
              people.get(random.nextInt(people.size())),
              today.plusDays(day),
              hour,
              Math.min(22, hour + length),
              tenant);
        }
      }
      for (Resource space : openSpace) {
        for (int i = 0; i < 5; i++) {
          tryBook(
              space, people.get(random.nextInt(people.size())), today.plusDays(day), 9, 18, tenant);
        }
      }
    }
  }

  private void tryBook(Resource r, Member m, LocalDate day, int from, int to, DemoTenant tenant) {
    try {
      savepoint.executeWithoutResult(
          s ->
              bookings.book(
                  new BookingRequest(
                      r.id(),
                      null,
                      m.id(),
                      null,
                      day.atTime(LocalTime.of(from, 0)).atZone(tenant.zone()).toInstant(),
                      day.atTime(LocalTime.of(to, 0)).atZone(tenant.zone()).toInstant(),
                      null),
                  Channel.DESK));
    } catch (AtriumException refused) {
      // Taken, past or outside the rules: a demo simply skips that slot.
    }
  }
}
