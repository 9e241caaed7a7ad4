package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

  /** Fires all requests at once (a latch releases them together) and returns the statuses. */
  private List<Integer> fire(List<String> nodes, UUID resource, Instant start, Instant end, int n)
      throws Exception {
    var http = HttpClient.newHttpClient();
    var ready = new CountDownLatch(1);
    var results = new ArrayList<Future<Integer>>();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < n; i++) {
        String node = nodes.get(i % nodes.size());
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
        results.add(
            pool.submit(
                () -> {
                  ready.await();
                  var req =
                      HttpRequest.newBuilder(URI.create(node + "/api/v1/bookings"))
                          .header("Authorization", t.bearer())
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                  return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
                }));
      }
      ready.countDown();
      var statuses = new ArrayList<Integer>();
      for (var f : results) statuses.add(f.get());
      return statuses;
    }
  }

  @Test
  void fifty_simultaneous_requests_for_one_room_across_two_nodes_commit_exactly_one()
      throws Exception {
    var statuses = fire(List.of(baseUrl(), nodeB()), roomA, at(2, 14, 0), at(2, 15, 0), 50);
    assertThat(statuses.stream().filter(s -> s == 201).count())
        .as("statuses %s", statuses)
        .isEqualTo(1);
    assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(49);
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
    var statuses = fire(List.of(baseUrl(), nodeB()), desks, at(3, 9, 0), at(3, 18, 0), 50);
    assertThat(statuses.stream().filter(s -> s == 201).count())
        .as("statuses %s", statuses)
        .isEqualTo(20);
    assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(30);
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
