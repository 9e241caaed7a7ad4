package app.atrium.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Committed booking changes reach the SSE streams of every node; nothing else does. */
class BookingLiveTest extends BookingFixture {

  private static SecondNode nodeB;
  @Autowired HikariDataSource dataSource;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void coworking() {
    setUpCoworking();
    if (nodeB == null) nodeB = SecondNode.on(dataSource);
  }

  @AfterAll
  static void stopNodeB() {
    if (nodeB != null) nodeB.close();
    nodeB = null;
  }

  /** An open event stream: its events as "name data" lines, read on a virtual thread. */
  record Stream(InputStream body, BlockingQueue<String[]> events) implements AutoCloseable {

    String[] next(Duration timeout) throws InterruptedException {
      return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws Exception {
      body.close();
    }
  }

  private Stream open(String node, UUID locationId) throws Exception {
    return open(node, locationId, t.bearer());
  }

  private Stream open(String node, UUID locationId, String bearer) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(node + "/api/v1/events/stream?locationId=" + locationId))
            .header("Authorization", bearer)
            .header("Accept", "text/event-stream")
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    var events = new LinkedBlockingQueue<String[]>();
    Thread.ofVirtual()
        .start(
            () -> {
              try (var in =
                  new BufferedReader(
                      new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (String line; (line = in.readLine()) != null; ) {
                  if (line.startsWith("event:")) name = line.substring(6).trim();
                  else if (line.startsWith("data:")) data.append(line.substring(5).trim());
                  else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new String[] {name, data.toString()});
                    name = "message";
                    data.setLength(0);
                  }
                }
              } catch (Exception closed) {
                // the test closed the stream
              }
            });
    var stream = new Stream(response.body(), events);
    String[] ready = stream.next(Duration.ofSeconds(5));
    assertThat(ready).as("ready event").isNotNull();
    assertThat(ready[0]).isEqualTo("ready");
    return stream;
  }

  @Test
  void a_booking_on_node_a_reaches_a_stream_on_node_b() throws Exception {
    try (var onB = open(nodeB.baseUrl(), t.locationId())) {
      long sent = System.nanoTime();
      var booked = book(roomA, at(2, 10, 0), at(2, 11, 0));
      assertThat(booked.getStatus()).isEqualTo(201);
      String id = body(booked).get("id").asText();

      String[] event = onB.next(Duration.ofSeconds(3));
      long millis = (System.nanoTime() - sent) / 1_000_000;
      assertThat(event).as("a booking event on node B").isNotNull();
      assertThat(event[0]).isEqualTo("booking");
      JsonNode data = json.readTree(event[1]);
      assertThat(data.get("bookingId").asText()).isEqualTo(id);
      assertThat(data.get("change").asText()).isEqualTo("BOOKED");
      assertThat(data.get("resourceId").asText()).isEqualTo(roomA.toString());
      assertThat(data.get("locationId").asText()).isEqualTo(t.locationId().toString());
      assertThat(millis).as("delivery took %d ms", millis).isLessThan(1_000);

      var cancelled = post("/api/v1/bookings/" + id + "/cancel", Map.of(), t.bearer(), Map.of());
      assertThat(cancelled.getStatus()).isEqualTo(200);
      String[] cancel = onB.next(Duration.ofSeconds(3));
      assertThat(cancel).isNotNull();
      assertThat(json.readTree(cancel[1]).get("change").asText()).isEqualTo("CANCELLED");
    }
  }

  @Test
  void a_refused_booking_announces_nothing_and_other_tenants_hear_nothing() throws Exception {
    var other = newTenant();
    try (var mine = open(baseUrl(), t.locationId());
        var theirs = open(baseUrl(), other.locationId(), other.bearer())) {
      assertThat(book(roomA, at(3, 10, 0), at(3, 11, 0)).getStatus()).isEqualTo(201);
      assertThat(mine.next(Duration.ofSeconds(3))).isNotNull();
      // The same slot again is refused: its rolled-back transaction notifies no one.
      assertThat(book(roomA, at(3, 10, 0), at(3, 11, 0)).getStatus()).isEqualTo(409);
      assertThat(mine.next(Duration.ofMillis(700))).isNull();
      assertThat(theirs.next(Duration.ofMillis(100))).isNull();
    }
  }

  @Test
  void a_stream_of_a_location_of_another_tenant_is_not_found() throws Exception {
    var other = newTenant();
    var request =
        HttpRequest.newBuilder(
                URI.create(baseUrl() + "/api/v1/events/stream?locationId=" + other.locationId()))
            .header("Authorization", t.bearer())
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("not-found");
  }
}
