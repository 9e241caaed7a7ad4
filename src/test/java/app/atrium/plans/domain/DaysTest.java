package app.atrium.plans.domain;

import static app.atrium.plans.domain.DomainPlans.d;
import static app.atrium.plans.domain.DomainPlans.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaysTest {

  @Test
  void counts_both_ends() {
    assertThat(days("2028-02-01", "2028-02-29").count()).isEqualTo(29);
    assertThat(days("2027-02-01", "2027-02-28").count()).isEqualTo(28);
    assertThat(days("2026-12-31", "2026-12-31").count()).isEqualTo(1);
    assertThat(Days.of(YearMonth.of(2026, 4)).count()).isEqualTo(30);
  }

  @Test
  void intersects_open_and_bounded_runs() {
    assertThat(Days.from(d("2026-11-15")).intersect(Days.of(YearMonth.of(2026, 11))))
        .contains(days("2026-11-15", "2026-11-30"));
    assertThat(days("2026-10-01", "2026-10-31").intersect(days("2026-11-01", null))).isEmpty();
    assertThat(days("2026-10-01", "2026-11-01").intersect(days("2026-11-01", null)))
        .contains(days("2026-11-01", "2026-11-01"));
    assertThat(Days.from(d("2026-01-01")).intersect(Days.from(d("2026-03-01"))))
        .contains(Days.from(d("2026-03-01")));
  }

  @Test
  void cuts_holes_out_of_a_run() {
    Days month = Days.of(YearMonth.of(2026, 11));
    assertThat(month.minus(List.of(days("2026-11-10", "2026-11-19"))))
        .containsExactly(days("2026-11-01", "2026-11-09"), days("2026-11-20", "2026-11-30"));
    assertThat(month.countWithout(List.of(days("2026-10-25", "2026-11-05")))).isEqualTo(25);
    assertThat(month.countWithout(List.of(days("2026-11-30", "2026-12-05")))).isEqualTo(29);
    assertThat(month.countWithout(List.of(days("2026-10-01", "2026-12-31")))).isZero();
    assertThat(
            month.minus(
                List.of(days("2026-11-20", "2026-11-21"), days("2026-11-01", "2026-11-02"))))
        .containsExactly(days("2026-11-03", "2026-11-19"), days("2026-11-22", "2026-11-30"));
    assertThat(month.countWithout(List.of())).isEqualTo(30);
  }

  @Test
  void refuses_a_run_that_ends_before_it_starts() {
    assertThatThrownBy(() -> days("2026-11-02", "2026-11-01"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Days.from(d("2026-11-01")).count())
        .isInstanceOf(IllegalStateException.class);
  }
}
