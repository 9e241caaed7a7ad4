package app.atrium.booking.live;

import app.atrium.booking.BookingChanged;
import app.atrium.platform.db.PostgresListener;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Committed booking changes of this node's database, as {@link BookingChanged} events, for whoever
 * watches a location: the booking service announces each change with {@code pg_notify} in its
 * transaction, so a watcher hears of it only once it is committed, on every node alike.
 */
@Component
public class BookingFeed {

  private static final Logger log = LoggerFactory.getLogger(BookingFeed.class);

  private final ObjectMapper json;
  private final Map<Watch, Set<Consumer<Notice>>> watchers = new ConcurrentHashMap<>();

  BookingFeed(PostgresListener listener, ObjectMapper json) {
    this.json = json;
    listener.listen(BookingChanged.CHANNEL, this::received);
  }

  private record Watch(UUID tenantId, UUID locationId) {}

  /**
   * A change, its JSON as notified and its whole Server-Sent Event frame, built once so that a
   * thousand streams do not build it a thousand times.
   */
  public record Notice(BookingChanged change, String json, String sseFrame) {

    static Notice of(BookingChanged change, String json) {
      // Compact JSON has no line breaks, so it is one data line.
      String oneLine = json.replace("\r", "").replace("\n", "");
      return new Notice(
          change,
          json,
          "event:booking\nid:"
              + change.bookingId()
              + "@"
              + change.at()
              + "\ndata:"
              + oneLine
              + "\n\n");
    }
  }

  /** Calls {@code watcher} with every change at the location until the returned handle closes. */
  public AutoCloseable watch(UUID tenantId, UUID locationId, Consumer<Notice> watcher) {
    Watch key = new Watch(tenantId, locationId);
    watchers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(watcher);
    return () ->
        watchers.computeIfPresent(
            key,
            (k, set) -> {
              set.remove(watcher);
              return set.isEmpty() ? null : set;
            });
  }

  /** How many watchers are registered now (all locations). */
  public int watchers() {
    return watchers.values().stream().mapToInt(Set::size).sum();
  }

  private void received(String payload) {
    BookingChanged change;
    try {
      change = json.readValue(payload, BookingChanged.class);
    } catch (RuntimeException e) {
      log.warn("Ignoring an unreadable booking notification: {}", e.getMessage());
      return;
    }
    // Notifications are not row-level secured: the tenant in the payload decides who hears it.
    var notice = Notice.of(change, payload);
    for (var watcher :
        watchers.getOrDefault(new Watch(change.tenantId(), change.locationId()), Set.of())) {
      watcher.accept(notice);
    }
  }
}
