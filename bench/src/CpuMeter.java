import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How busy the machine was during a phase, and how much of that was not the bench (the app, its
 * PostgreSQL and this driver): on a shared 2-core machine the other share explains a lot. Linux
 * /proc only; elsewhere it reports nothing.
 */
final class CpuMeter {

  private final List<Long> ours;
  private long busy0;
  private long total0;
  private long ours0;
  private long self0;

  /** Processes of the bench: the app, the PostgreSQL postmaster (its backends are found anew). */
  CpuMeter(List<Long> ours) {
    this.ours = ours;
  }

  void start() {
    long[] m = machine();
    busy0 = m[0];
    total0 = m[1];
    ours0 = ourTicks();
    self0 = ticks(ProcessHandle.current().pid());
  }

  /**
   * Shares of all cores' time, in percent: busy in all, used by other processes than the bench's,
   * and used by this driver (the load generator itself).
   */
  double[] stop() {
    long[] m = machine();
    long busy = m[0] - busy0;
    long total = m[1] - total0;
    long mine = ourTicks() - ours0;
    long self = ticks(ProcessHandle.current().pid()) - self0;
    if (total <= 0) return new double[] {Double.NaN, Double.NaN, Double.NaN};
    return new double[] {
      100.0 * busy / total, 100.0 * Math.max(0, busy - mine) / total, 100.0 * self / total
    };
  }

  /** Busy and total jiffies of all cores, from /proc/stat. */
  private static long[] machine() {
    try {
      String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
      String[] f = cpu.trim().split("\\s+");
      long user = Long.parseLong(f[1]);
      long nice = Long.parseLong(f[2]);
      long system = Long.parseLong(f[3]);
      long idle = Long.parseLong(f[4]);
      long iowait = Long.parseLong(f[5]);
      long irq = Long.parseLong(f[6]);
      long softirq = Long.parseLong(f[7]);
      long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
      long busy = user + nice + system + irq + softirq + steal;
      return new long[] {busy, busy + idle + iowait};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /** CPU ticks of this driver, the app, and PostgreSQL with all its backends. */
  private long ourTicks() {
    long sum = ticks(ProcessHandle.current().pid());
    var seen = new ArrayList<Long>();
    for (long pid : ours) {
      sum += ticks(pid);
      seen.add(pid);
    }
    // Backends come and go: the live ones are counted here, the ended ones in the postmaster's
    // cutime/cstime once it has reaped them.
    for (long parent : ours) {
      for (ProcessHandle child :
          ProcessHandle.of(parent).map(p -> p.children().toList()).orElse(List.of())) {
        if (!seen.contains(child.pid())) sum += ticks(child.pid());
      }
    }
    return sum;
  }

  private static long ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // utime, stime, cutime, cstime are fields 14-17; here shifted by the two before ')'.
      return Long.parseLong(f[11])
          + Long.parseLong(f[12])
          + Long.parseLong(f[13])
          + Long.parseLong(f[14]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
