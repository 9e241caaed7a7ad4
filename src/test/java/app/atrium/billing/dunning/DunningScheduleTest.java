package app.atrium.billing.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.billing.dunning.DunningSchedule.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DunningScheduleTest {

  static final List<Integer> DAYS = List.of(3, 7, 14);
  static final LocalDate DUE = LocalDate.of(2027, 2, 11);

  private static Optional<Step> on(int daysAfterDue, int lastSent) {
    return DunningSchedule.due(DAYS, DUE, DUE.plusDays(daysAfterDue), lastSent);
  }

  @Test
  void each_step_comes_on_its_day_and_not_before() {
    assertThat(on(0, 0)).isEmpty();
    assertThat(on(2, 0)).isEmpty();
    assertThat(on(3, 0)).contains(new Step(1, 3, false));
    assertThat(on(6, 1)).isEmpty();
    assertThat(on(7, 1)).contains(new Step(2, 7, false));
    assertThat(on(13, 2)).isEmpty();
    assertThat(on(14, 2)).contains(new Step(3, 14, true));
    assertThat(on(30, 3)).isEmpty();
  }

  @Test
  void a_step_sent_is_never_due_again() {
    assertThat(on(3, 1)).isEmpty();
    assertThat(on(5, 1)).isEmpty();
    assertThat(on(14, 3)).isEmpty();
  }

  @Test
  void after_a_pause_only_the_latest_step_reached_is_sent() {
    assertThat(on(9, 0)).contains(new Step(2, 7, false));
    assertThat(on(20, 1)).contains(new Step(3, 14, true));
  }

  @Test
  void an_invoice_before_its_due_date_is_not_chased() {
    assertThat(DunningSchedule.due(DAYS, DUE, DUE.minusDays(5), 0)).isEmpty();
  }

  @Test
  void a_single_day_policy_makes_its_only_step_the_last() {
    assertThat(DunningSchedule.due(List.of(5), DUE, DUE.plusDays(5), 0))
        .contains(new Step(1, 5, true));
  }

  @Test
  void bad_policies_are_named() {
    assertThat(DunningSchedule.problem(List.of(3, 7, 14))).isNull();
    assertThat(DunningSchedule.problem(List.of())).isNotNull();
    assertThat(DunningSchedule.problem(List.of(1, 2, 3, 4, 5, 6, 7))).isNotNull();
    assertThat(DunningSchedule.problem(List.of(7, 3))).contains("ascending");
    assertThat(DunningSchedule.problem(List.of(3, 3))).contains("ascending");
    assertThat(DunningSchedule.problem(List.of(0))).contains("between 1 and 365");
    assertThat(DunningSchedule.problem(List.of(366))).contains("between 1 and 365");
  }
}
