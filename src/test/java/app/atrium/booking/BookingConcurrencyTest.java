package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Simultaneous bookings of one slot, split across two app instances on one database. */
class BookingConcurrencyTest extends BookingFixture {

  private static SecondNode nodeB;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(java.time.Duration.ofSeconds(10))
          .build();
  @Autowired HikariDataSource dataSource;

  @BeforeEach
  void coworking() {
    setUpCoworking();
  }

  private String nodeB() {
    if (nodeB == null) nodeB = SecondNode.on(dataSource);
    return nodeB.baseUrl();
  }

  @AfterAll
  static void stopNodeB() {
    if (nodeB != null) nodeB.close();
    nodeB = null;
  }

  /** Runs all {@code calls} at once (a latch releases them together) and returns the statuses. */
  private static List<Integer> together(List<Callable<Integer>> calls) throws Exception {
    var ready = new CountDownLatch(1);
    var results = new ArrayList<Future<Integer>>();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (var call : calls) {
        results.add(
            pool.submit(
                () -> {
                  ready.await();
                  return call.call();
                }));
      }
      ready.countDown();
      var statuses = new ArrayList<Integer>();
      for (var f : results) statuses.add(f.get());
      return statuses;
    }
  }

  /** A walk-in booking through the public API of {@code node}. */
  private Callable<Integer> viaApi(String node, UUID resource, Instant start, Instant end, int i) {
    String body =
        json.writeValueAsString(
            Map.of(
                "resourceId",
                resource,
                "guestName",
                "Walk-in " + i,
                "start",
                start.toString(),
                "end",
                end.toString()));
    return () ->
        http.send(
                HttpRequest.newBuilder(URI.create(node + "/api/v1/bookings"))
                    .header("Authorization", t.bearer())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode();
  }

  /** A member's booking through the portal's form on {@code node}: 302 to her bookings if made. */
  private static Callable<Integer> viaPortal(
      PortalSession member, String node, UUID resource, LocalDate date, String start) {
    return () ->
        member
            .postForm(
                node + "/portal/bookings",
                Map.of(
                    "resourceId",
                    resource.toString(),
                    "date",
                    date.toString(),
                    "start",
                    start,
                    "minutes",
                    "60"))
            .statusCode();
  }

  @Test
  void fifty_simultaneous_requests_for_one_room_through_api_and_portal_on_two_nodes_commit_once()
      throws Exception {
    List<String> nodes = List.of(baseUrl(), nodeB());
    // Five members signed in on node A; sessions live in PostgreSQL, so they work on node B too.
    var sessions = new ArrayList<PortalSession>();
    for (int i = 0; i < 5; i++) {
      sessions.add(
          PortalSession.signIn(
              baseUrl(), memberWithLogin("Racer" + i), t.password(), "/portal/bookings"));
    }
    LocalDate day = LocalDate.now(ALMATY).plusDays(2);
    var calls = new ArrayList<Callable<Integer>>();
    for (int i = 0; i < 50; i++) {
      String node = nodes.get(i % 2);
      calls.add(
          i % 2 == 0
              ? viaApi(node, roomA, at(2, 14, 0), at(2, 15, 0), i)
              : viaPortal(sessions.get(i % 5), node, roomA, day, "14:00"));
    }
    var statuses = together(calls);
    long apiMade = 0;
    long portalMade = 0;
    for (int i = 0; i < 50; i++) {
      if (i % 2 == 0 && statuses.get(i) == 201) apiMade++;
      if (i % 2 == 1 && statuses.get(i) == 302) portalMade++;
    }
    assertThat(apiMade + portalMade).as("statuses %s", statuses).isEqualTo(1);
    assertThat(statuses.stream().filter(s -> s == 409).count())
        .as("statuses %s", statuses)
        .isEqualTo(49);
    long held =
        inTenant(
            t.tenantId(),
            () ->
                db.sql(
                        "SELECT count(*) FROM booking WHERE resource_id = ? AND status = 'CONFIRMED'")
                    .param(roomA)
                    .query(Long.class)
                    .single());
    assertThat(held).isEqualTo(1);
  }

  @Test
  void fifty_requests_for_twenty_hot_desks_across_two_nodes_commit_exactly_twenty()
      throws Exception {
    List<String> nodes = List.of(baseUrl(), nodeB());
    var calls = new ArrayList<Callable<Integer>>();
    for (int i = 0; i < 50; i++) {
      calls.add(viaApi(nodes.get(i % 2), desks, at(3, 9, 0), at(3, 18, 0), i));
    }
    var statuses = together(calls);
    assertThat(statuses.stream().filter(s -> s == 201).count())
        .as("statuses %s", statuses)
        .isEqualTo(20);
    assertThat(statuses.stream().filter(s -> s == 409).count())
        .as("statuses %s", statuses)
        .isEqualTo(30);
    long distinctDesks =
        inTenant(
            t.tenantId(),
            () ->
                db.sql(
                        "SELECT count(DISTINCT o.unit_id) FROM occupancy o JOIN booking b ON b.id = o.booking_id"
                            + " WHERE b.resource_id = ?")
                    .param(desks)
                    .query(Long.class)
                    .single());
    assertThat(distinctDesks).isEqualTo(20);
  }
}
