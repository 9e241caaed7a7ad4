package app.atrium.booking.live;

import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Locations;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Event streams of a location's booking changes, for pages (htmx) and API clients
 * alike. Each stream first sends a {@code ready} event — from then on it misses nothing — then a
 * {@code booking} event per committed change. Every stream has its own small queue and virtual
 * thread, so one slow client never delays the others; a client that falls far behind is cut off and
 * reconnects (EventSource does so by itself) to read the state afresh.
 */
@Component
public class LiveStreams implements SmartLifecycle {

  /** Streams end after this and clients reconnect; keeps dead connections from piling up. */
  private static final Duration LIFETIME = Duration.ofMinutes(30);

  private static final Duration HEARTBEAT = Duration.ofSeconds(20);
  private static final int BACKLOG = 256;
  private static final BookingFeed.Notice STOP = new BookingFeed.Notice(null, "", "");

  private final BookingFeed feed;
  private final Locations locations;
  private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
  private volatile boolean running;

  LiveStreams(BookingFeed feed, Locations locations) {
    this.feed = feed;
    this.locations = locations;
  }

  /** A new stream of the changes at a location of the current tenant; 404 for any other. */
  public SseEmitter open(UUID locationId) {
    if (locations.find(locationId).isEmpty())
      throw AtriumException.notFound("Location", locationId);
    UUID tenantId = TenantContext.requireTenantId();
    var emitter = new SseEmitter(LIFETIME.toMillis());
    BlockingQueue<BookingFeed.Notice> queue = new ArrayBlockingQueue<>(BACKLOG);
    var closed = new AtomicBoolean(); // tells the sender to stop
    var ended = new AtomicBoolean(); // cleanup ran
    AutoCloseable watch =
        feed.watch(
            tenantId,
            locationId,
            notice -> {
              if (!queue.offer(notice)) closed.set(true); // too far behind: cut it off
            });
    Runnable end =
        () -> {
          if (ended.getAndSet(true)) return;
          closed.set(true);
          queue.offer(STOP); // wakes the sender at once
          try {
            watch.close();
          } catch (Exception ignored) {
            // removing a watcher cannot fail
          }
        };
    emitter.onCompletion(end);
    emitter.onTimeout(end);
    emitter.onError(e -> end.run());
    open.add(emitter);
    Thread.ofVirtual()
        .name("sse-" + locationId)
        .start(
            () -> {
              try {
                emitter.send(
                    SseEmitter.event()
                        .name("ready")
                        .data(Map.of("locationId", locationId), MediaType.APPLICATION_JSON));
                while (!closed.get()) {
                  BookingFeed.Notice notice =
                      queue.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                  if (notice == STOP) break;
                  if (notice == null) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                  } else {
                    // The frame is complete SSE text: written as is, one write per stream.
                    emitter.send(new SseFrame(notice.sseFrame()));
                  }
                }
                emitter.complete();
              } catch (IOException | IllegalStateException e) {
                // The client went away. Completing with an error would dispatch to an error page
                // on a response that is already streaming: just end it.
                emitter.complete();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                emitter.complete();
              } finally {
                end.run();
                open.remove(emitter);
              }
            });
    return emitter;
  }

  /** Streams open on this node now. */
  public int open() {
    return open.size();
  }

  @Override
  public void start() {
    running = true;
  }

  /**
   * Ends every stream before the web server's graceful shutdown, which would otherwise wait for
   * them; the clients reconnect to another node.
   */
  @Override
  public void stop() {
    running = false;
    for (SseEmitter emitter : open) emitter.complete();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
