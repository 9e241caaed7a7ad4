package app.atrium.services;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An extra ticked on a booking or a quote: the {@code serviceCode} of a service offered on bookings
 * and how many ({@code quantity} 1 to 1000: one projector, twelve coffee breaks).
 */
public record ExtraChoice(
    @NotBlank @Size(max = 40) String serviceCode,
    @NotNull @Min(1) @Max(ExtraChoice.MAX_QUANTITY) Integer quantity) {

  /** The most of one extra on one booking. */
  public static final int MAX_QUANTITY = 1000;

  /** The most extras on one booking. */
  public static final int MAX_EXTRAS = 20;
}
