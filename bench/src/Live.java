import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many SSE subscribers of one location's booking changes. Each stream reads on its own virtual
 * thread and notes, per {@code booking} event, the booking and how long after the event's {@code
 * at} (taken by the app just before its commit) it arrived.
 */
final class Live {

  /** Short ids for booking ids, shared by all streams and the booking driver. */
  final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();

  private final AtomicInteger nextId = new AtomicInteger();
  private final URI uri;
  private final String token;
  private final List<Stream> streams = new ArrayList<>();
  private volatile boolean stopping;

  Live(URI uri, String token) {
    this.uri = uri;
    this.token = token;
  }

  int id(String bookingId) {
    return ids.computeIfAbsent(bookingId, k -> nextId.getAndIncrement());
  }

  /** One subscriber. */
  final class Stream implements Runnable {
    final CountDownLatch ready;
    int[] bookings = new int[256];
    long[] receivedAt = new long[256];
    String[] sentAt = new String[256];
    int size;
    volatile boolean open;
    volatile boolean endedEarly;
    volatile String failure;
    volatile Socket socket;
    Thread thread;

    Stream(CountDownLatch ready) {
      this.ready = ready;
    }

    @Override
    public void run() {
      // A plain HTTP/1.1 GET on a socket: a thousand readers of 50 events a second each cost the
      // shared two cores far less this way than through HttpClient's asynchronous pipeline.
      try (Socket socket = new Socket()) {
        this.socket = socket;
        InputStream raw;
        connecting.acquire();
        try {
          socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
          socket.setTcpNoDelay(true);
          OutputStream os = socket.getOutputStream();
          os.write(
              ("GET "
                      + uri.getRawPath()
                      + "?"
                      + uri.getRawQuery()
                      + " HTTP/1.1\r\n"
                      + "Host: "
                      + uri.getHost()
                      + ":"
                      + uri.getPort()
                      + "\r\n"
                      + "Authorization: Bearer "
                      + token
                      + "\r\n"
                      + "Accept: text/event-stream\r\n"
                      + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          os.flush();
          raw = new BufferedInputStream(socket.getInputStream(), 16_384);
          String status = asciiLine(raw);
          if (status == null || !status.startsWith("HTTP/1.1 200")) {
            failure = "answered " + status;
            return;
          }
        } finally {
          connecting.release();
        }
        boolean chunked = false;
        for (String h; (h = asciiLine(raw)) != null && !h.isEmpty(); ) {
          String lower = h.toLowerCase(java.util.Locale.ROOT);
          if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
        }
        open = true;
        InputStream body = chunked ? new Chunked(raw) : raw;
        var in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 8192);
        String event = null;
        String data = null;
        for (String line; (line = in.readLine()) != null; ) {
          if (line.isEmpty()) {
            if ("booking".equals(event) && data != null) received(data);
            else if ("ready".equals(event)) ready.countDown();
            event = null;
            data = null;
          } else if (line.startsWith("event:")) {
            event = line.substring(6).trim();
          } else if (line.startsWith("data:")) {
            String d = line.substring(line.startsWith("data: ") ? 6 : 5);
            data = data == null ? d : data + "\n" + d;
          }
        }
        if (!stopping) endedEarly = true;
      } catch (Exception e) {
        if (!stopping) failure = e.toString();
      } finally {
        open = false;
      }
    }

    private void received(String data) {
      Instant now = Instant.now();
      String booking = field(data, "bookingId");
      String at = field(data, "at");
      if (booking == null || at == null) return;
      if (size == bookings.length) {
        bookings = Arrays.copyOf(bookings, size * 2);
        receivedAt = Arrays.copyOf(receivedAt, size * 2);
        sentAt = Arrays.copyOf(sentAt, size * 2);
      }
      bookings[size] = id(booking);
      receivedAt[size] = now.getEpochSecond() * 1_000_000_000L + now.getNano();
      sentAt[size] = at; // parsed after the run, so the readers stay light while it lasts
      size++;
    }

    /** Delivery delay of the k-th event: from its {@code at} to its arrival; -1 if unreadable. */
    long delayNanos(int k) {
      try {
        Instant at = Instant.parse(sentAt[k]);
        return receivedAt[k] - (at.getEpochSecond() * 1_000_000_000L + at.getNano());
      } catch (RuntimeException e) {
        return -1;
      }
    }
  }

  private final Semaphore connecting = new Semaphore(32);

  /** Opens {@code count} streams; returns how many sent {@code ready} within {@code wait}. */
  int open(int count, Duration wait) throws InterruptedException {
    var ready = new CountDownLatch(count);
    for (int k = 0; k < count; k++) {
      var s = new Stream(ready);
      streams.add(s);
      s.thread = Thread.ofVirtual().name("sse-" + k).start(s);
    }
    ready.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    return count - (int) ready.getCount();
  }

  List<Stream> streams() {
    return streams;
  }

  /** Deliveries so far, over all streams (a racy sum, good enough to wait on). */
  long delivered() {
    long n = 0;
    for (Stream s : streams) n += s.size;
    return n;
  }

  /** Ends every stream and waits (a little) for its reader to finish. */
  void close() throws InterruptedException {
    stopping = true;
    for (Stream s : streams) {
      Socket socket = s.socket;
      if (socket != null) {
        try {
          socket.close();
        } catch (Exception ignored) {
          // closing an ended stream
        }
      }
    }
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    for (Stream s : streams) {
      long left = until - System.nanoTime();
      if (left > 0) s.thread.join(Duration.ofNanos(left));
    }
  }

  /** A header line, CRLF-terminated, as ASCII; null at the end of the stream. */
  private static String asciiLine(InputStream in) throws IOException {
    var b = new StringBuilder();
    for (int c; (c = in.read()) != -1; ) {
      if (c == '\n') {
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
      }
      b.append((char) c);
    }
    return b.isEmpty() ? null : b.toString();
  }

  /** The body of a chunked HTTP/1.1 response. */
  private static final class Chunked extends InputStream {
    private final InputStream in;
    private long left;
    private boolean done;

    Chunked(InputStream in) {
      this.in = in;
    }

    private boolean next() throws IOException {
      if (done) return false;
      if (left == 0) {
        String size = asciiLine(in);
        if (size != null && size.isEmpty()) size = asciiLine(in); // the CRLF after a chunk
        if (size == null) {
          done = true;
          return false;
        }
        int semi = size.indexOf(';');
        left = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
        if (left == 0) {
          done = true;
          return false;
        }
      }
      return true;
    }

    @Override
    public int read() throws IOException {
      if (!next()) return -1;
      int c = in.read();
      if (c >= 0) left--;
      return c;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (len == 0) return 0;
      if (!next()) return -1;
      int n = in.read(buf, off, (int) Math.min(len, left));
      if (n > 0) left -= n;
      return n;
    }

    @Override
    public int available() throws IOException {
      return done ? 0 : (int) Math.min(left, in.available());
    }
  }

  /** The string value of a top-level field of a small flat JSON object, without a JSON parser. */
  static String field(String json, String name) {
    String key = "\"" + name + "\":\"";
    int i = json.indexOf(key);
    if (i < 0) return null;
    int start = i + key.length();
    int end = json.indexOf('"', start);
    return end < 0 ? null : json.substring(start, end);
  }
}
