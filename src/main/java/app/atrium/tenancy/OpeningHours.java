package app.atrium.tenancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * When a location is open on one ISO weekday (1 = Monday), as "HH:mm" in its time zone; "24:00"
 * closes at midnight. A weekday without hours is closed.
 */
public record OpeningHours(
    @NotNull @Min(1) @Max(7) Integer weekday,
    @NotNull @Pattern(regexp = TIME, message = "must be HH:mm between 00:00 and 24:00")
        String opens,
    @NotNull @Pattern(regexp = TIME, message = "must be HH:mm between 00:00 and 24:00")
        String closes) {

  static final String TIME = "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$";

  public boolean valid() {
    return opens.compareTo(closes) < 0;
  }
}
