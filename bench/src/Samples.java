import java.util.Arrays;

/**
 * Latency samples in nanoseconds, safe to add to from many threads; percentiles by nearest rank.
 */
final class Samples {

  private long[] values = new long[1024];
  private int size;

  synchronized void add(long nanos) {
    if (size == values.length) values = Arrays.copyOf(values, size * 2);
    values[size++] = nanos;
  }

  synchronized void addAll(Samples other) {
    long[] o;
    int n;
    synchronized (other) {
      o = other.values;
      n = other.size;
    }
    for (int k = 0; k < n; k++) add(o[k]);
  }

  synchronized int size() {
    return size;
  }

  /** The p-th percentile (0 < p <= 100) in milliseconds, or NaN without samples. */
  synchronized double percentileMs(double p) {
    if (size == 0) return Double.NaN;
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  synchronized double maxMs() {
    long max = Long.MIN_VALUE;
    for (int k = 0; k < size; k++) max = Math.max(max, values[k]);
    return size == 0 ? Double.NaN : max / 1e6;
  }
}
