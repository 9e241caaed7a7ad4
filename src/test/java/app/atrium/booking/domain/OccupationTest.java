package app.atrium.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OccupationTest {

  static final Instant NINE = Instant.parse("2026-12-07T04:00:00Z");

  static Instant h(double hoursAfterNine) {
    return NINE.plusSeconds((long) (hoursAfterNine * 3600));
  }

  @Test
  void an_empty_room_is_free_all_day() {
    var spans = Occupation.of(h(0), h(10), 1, false, List.of());
    assertThat(spans).containsExactly(new Occupation.Span(h(0), h(10), false, null, 1));
  }

  @Test
  void a_booked_room_is_busy_for_that_booking_and_free_around_it() {
    UUID unit = UUID.randomUUID();
    UUID booking = UUID.randomUUID();
    var spans =
        Occupation.of(
            h(0), h(10), 1, false, List.of(new Occupation.Hold(unit, booking, h(2), h(3))));
    assertThat(spans)
        .containsExactly(
            new Occupation.Span(h(0), h(2), false, null, 1),
            new Occupation.Span(h(2), h(3), true, booking, 0),
            new Occupation.Span(h(3), h(10), false, null, 1));
  }

  @Test
  void back_to_back_bookings_are_two_busy_spans_and_holds_outside_the_window_are_clipped() {
    UUID unit = UUID.randomUUID();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    var spans =
        Occupation.of(
            h(0),
            h(10),
            1,
            false,
            List.of(
                new Occupation.Hold(unit, first, h(-1), h(1)),
                new Occupation.Hold(unit, second, h(1), h(12))));
    assertThat(spans)
        .containsExactly(
            new Occupation.Span(h(0), h(1), true, first, 0),
            new Occupation.Span(h(1), h(10), true, second, 0));
  }

  @Test
  void desks_are_busy_only_while_every_desk_is_held_and_count_the_fewest_free() {
    UUID d1 = UUID.randomUUID();
    UUID d2 = UUID.randomUUID();
    var spans =
        Occupation.of(
            h(0),
            h(10),
            2,
            true,
            List.of(
                new Occupation.Hold(d1, UUID.randomUUID(), h(1), h(5)),
                new Occupation.Hold(d2, UUID.randomUUID(), h(3), h(4))));
    assertThat(spans)
        .containsExactly(
            new Occupation.Span(h(0), h(3), false, null, 1),
            new Occupation.Span(h(3), h(4), true, null, 0),
            new Occupation.Span(h(4), h(10), false, null, 1));
  }

  @Test
  void a_zone_is_busy_while_any_of_its_rooms_is() {
    UUID roomA = UUID.randomUUID();
    UUID booking = UUID.randomUUID();
    var spans =
        Occupation.of(
            h(0), h(4), 2, false, List.of(new Occupation.Hold(roomA, booking, h(1), h(2))));
    assertThat(spans).extracting(Occupation.Span::busy).containsExactly(false, true, false);
  }
}
