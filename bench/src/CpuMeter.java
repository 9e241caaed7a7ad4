import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the machine's CPU went during a phase: the app, its PostgreSQL (postmaster and backends),
 * this driver, and everything else. On a shared two-core machine this explains a lot. Linux /proc
 * only; elsewhere the shares are NaN.
 */
final class CpuMeter {

  /** Shares of all cores' time during the phase, in percent. */
  record Shares(double busy, double app, double postgres, double driver, double other) {}

  private final long appPid;
  private final long postgresPid;
  private long busy0;
  private long total0;
  private long app0;
  private long postgres0;
  private long driver0;

  /** The app's process and the PostgreSQL postmaster (0 when unknown). */
  CpuMeter(long appPid, long postgresPid) {
    this.appPid = appPid;
    this.postgresPid = postgresPid;
  }

  void start() {
    long[] m = machine();
    busy0 = m[0];
    total0 = m[1];
    app0 = ticks(appPid);
    postgres0 = withChildren(postgresPid);
    driver0 = ticks(ProcessHandle.current().pid());
  }

  Shares stop() {
    long[] m = machine();
    double total = m[1] - total0;
    if (total <= 0 || appPid == 0 || postgresPid == 0) {
      return new Shares(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    long busy = m[0] - busy0;
    long app = ticks(appPid) - app0;
    long postgres = withChildren(postgresPid) - postgres0;
    long driver = ticks(ProcessHandle.current().pid()) - driver0;
    long other = Math.max(0, busy - app - postgres - driver);
    return new Shares(
        100 * busy / total,
        100 * app / total,
        100 * postgres / total,
        100 * driver / total,
        100 * other / total);
  }

  /** Busy and total jiffies of all cores, from /proc/stat. */
  private static long[] machine() {
    try {
      String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
      String[] f = cpu.trim().split("\\s+");
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle, iowait
      long busy = 0;
      for (int k : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
        if (k < f.length) busy += Long.parseLong(f[k]);
      }
      return new long[] {busy, busy + idle};
    } catch (IOException | RuntimeException e) {
      return new long[] {0, 0};
    }
  }

  /**
   * A process with its children: PostgreSQL's backends come and go; the live ones are counted here,
   * the ended ones in the postmaster's cutime/cstime once it has reaped them.
   */
  private static long withChildren(long pid) {
    if (pid == 0) return 0;
    long sum = ticks(pid);
    List<ProcessHandle> children =
        ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of());
    for (ProcessHandle child : children) sum += ticks(child.pid());
    return sum;
  }

  /** utime + stime + cutime + cstime of a process, in jiffies. */
  private static long ticks(long pid) {
    if (pid == 0) return 0;
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // Fields 14-17 of /proc/<pid>/stat; f starts at field 3.
      return Long.parseLong(f[11])
          + Long.parseLong(f[12])
          + Long.parseLong(f[13])
          + Long.parseLong(f[14]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
