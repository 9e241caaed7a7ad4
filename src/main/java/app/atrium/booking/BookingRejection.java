package app.atrium.booking;

import app.atrium.platform.web.AtriumException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Why a booking was refused. Each has a stable problem type and a message that says what to do; a
 * taken slot carries the nearest free alternatives.
 */
public class BookingRejection extends AtriumException {

  private final List<Alternative> alternatives;

  private BookingRejection(
      HttpStatus status, String type, String message, List<Alternative> alternatives) {
    super(status, type, message);
    this.alternatives = List.copyOf(alternatives);
  }

  public List<Alternative> alternatives() {
    return alternatives;
  }

  @Override
  public Map<String, Object> properties() {
    return alternatives.isEmpty() && !type().equals("slot-taken")
        ? Map.of()
        : Map.of("alternatives", alternatives);
  }

  public static BookingRejection slotTaken(String what, List<Alternative> alternatives) {
    return new BookingRejection(
        HttpStatus.CONFLICT,
        "slot-taken",
        what
            + " is already booked for that time. Pick one of the free alternatives or another time.",
        alternatives);
  }

  public static BookingRejection refused(HttpStatus status, String type, String message) {
    return new BookingRejection(status, type, message, List.of());
  }
}
