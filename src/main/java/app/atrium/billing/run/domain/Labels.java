package app.atrium.billing.run.domain;

import java.time.YearMonth;

/** How invoice lines read in the coworking's language (its message bundle). */
public interface Labels {

  /** The message {@code key} with {@code args}. */
  String text(String key, Object... args);

  /** The month's name as a line names it ("февраль", "February"). */
  String month(YearMonth month);

  /** The month with its year ("декабрь 2026"). */
  String monthYear(YearMonth month);
}
