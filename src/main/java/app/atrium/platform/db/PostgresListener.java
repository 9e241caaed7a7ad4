package app.atrium.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Receives PostgreSQL notifications ({@code pg_notify} sent in a committed transaction) on one
 * dedicated connection of the runtime role, outside the pool, and hands each payload to the
 * handlers of its channel. Every app node runs one, so a change committed through any node reaches
 * the pages and streams open on all of them. After a lost connection it reconnects with backoff;
 * notifications sent while it was away are gone, which is why screens reload their state when a
 * stream (re)connects.
 */
@Component
public class PostgresListener implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);
  private static final int WAIT_MILLIS = 250;

  private final HikariDataSource runtime;
  private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
  private volatile boolean running;
  private volatile Thread thread;
  private volatile Connection connection;

  PostgresListener(@Qualifier("dataSource") HikariDataSource runtime) {
    this.runtime = runtime;
  }

  /** Calls {@code handler} with the payload of every notification on {@code channel}. */
  public void listen(String channel, Consumer<String> handler) {
    if (!channel.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain channel name: " + channel);
    }
    boolean added = handlers.putIfAbsent(channel, new CopyOnWriteArrayList<>()) == null;
    handlers.get(channel).add(handler);
    // A channel added after start is LISTENed on the next loop turn (a new connection).
    if (added && connection != null) closeQuietly();
  }

  @Override
  public void start() {
    running = true;
    thread = Thread.ofPlatform().daemon().name("pg-listener").start(this::loop);
  }

  @Override
  public void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    closeQuietly();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void loop() {
    long backoff = 200;
    while (running) {
      try (Connection c =
          DriverManager.getConnection(
              runtime.getJdbcUrl(), runtime.getUsername(), runtime.getPassword())) {
        connection = c;
        try (Statement s = c.createStatement()) {
          for (String channel : handlers.keySet()) s.execute("LISTEN " + channel);
        }
        backoff = 200;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] batch = pg.getNotifications(WAIT_MILLIS);
          if (batch == null) continue;
          for (PGNotification n : batch) dispatch(n.getName(), n.getParameter());
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) break;
        log.warn("Lost the notification connection ({}); reconnecting", e.getMessage());
      } finally {
        connection = null;
      }
      sleep(backoff);
      backoff = Math.min(backoff * 2, 5_000);
    }
  }

  private void dispatch(String channel, String payload) {
    for (Consumer<String> handler : handlers.getOrDefault(channel, List.of())) {
      try {
        handler.accept(payload);
      } catch (RuntimeException e) {
        log.warn("A handler of {} failed: {}", channel, e.toString());
      }
    }
  }

  private void closeQuietly() {
    Connection c = connection;
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing is best effort; the loop opens a new one
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
