package app.atrium.billing.run.domain;

import app.atrium.billing.DraftLine;
import java.util.List;
import java.util.UUID;

/**
 * A line the run will issue, and every usage it bills ({@code sourceType} rows {@code sources}:
 * many when the line sums them up, e.g. a month's bookings over the included hours).
 */
public record PlannedLine(DraftLine line, String sourceType, List<UUID> sources) {

  public PlannedLine {
    sources = List.copyOf(sources);
  }

  public static PlannedLine of(DraftLine line) {
    return new PlannedLine(line, null, List.of());
  }
}
