package app.atrium.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.booking.Availability.Interval;
import app.atrium.booking.Availability.ResourceDay;
import app.atrium.booking.Booking;
import app.atrium.booking.BookingStatus;
import app.atrium.booking.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelineTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 3);
  static final UUID ROOM = UUID.randomUUID();
  static final UUID BOOKING = UUID.randomUUID();

  @Test
  void a_busy_stretch_becomes_a_block_with_its_holder_and_the_hours_around_it_stay_bookable() {
    var day = room(List.of(new Interval(t(10, 0), t(11, 30), BOOKING, 0)), LocalTime.MIDNIGHT);
    Timeline timeline =
        Timeline.of(
            List.of(new Timeline.Source("Hall A", DAY, day, 30)),
            Map.of(BOOKING, booking("Asel")),
            DAY.minusDays(1).atTime(12, 0));

    assertThat(timeline.hours()).first().isEqualTo(8);
    assertThat(timeline.hours()).last().isEqualTo(23);
    var row = timeline.rows().getFirst();
    var block = row.blocks().getFirst();
    assertThat(block.holder()).isEqualTo("Asel");
    assertThat(block.through()).isFalse();
    assertThat(block.left()).isEqualTo(2 * 100.0 / 16);
    assertThat(block.width()).isEqualTo(1.5 * 100.0 / 16);
    // 10:00 is taken; 11:00 is bookable from 11:30, up to an hour; 09:00 ends where 10:00 starts.
    assertThat(cell(row, 10).free()).isFalse();
    assertThat(cell(row, 11).start()).isEqualTo("11:30");
    assertThat(cell(row, 11).end()).isEqualTo("12:30");
    assertThat(cell(row, 9).end()).isEqualTo("10:00");
    // Closing at midnight: the last hour ends the day.
    assertThat(cell(row, 23).end()).isEqualTo("24:00");
    assertThat(row.now()).isNull();
  }

  @Test
  void today_the_past_hours_are_not_bookable_the_current_slot_is_and_the_now_line_is_drawn() {
    var row =
        Timeline.of(
                List.of(new Timeline.Source("Hall A", DAY, room(List.of(), t(22, 0)), 30)),
                Map.of(),
                LocalDateTime.of(DAY, t(13, 40)))
            .rows()
            .getFirst();
    assertThat(cell(row, 12).free()).isFalse();
    assertThat(cell(row, 13).start()).isEqualTo("13:30");
    assertThat(cell(row, 14).start()).isEqualTo("14:00");
    assertThat(row.now()).isEqualTo((13 * 60 + 40 - 8 * 60) * 100.0 / (14 * 60));
  }

  @Test
  void a_closed_day_has_no_hours() {
    var closed =
        new ResourceDay(
            ROOM,
            "Hall A",
            UUID.randomUUID(),
            "Room",
            "EXCLUSIVE",
            1,
            null,
            null,
            List.of(),
            List.of());
    Timeline timeline =
        Timeline.of(
            List.of(new Timeline.Source("Hall A", DAY, closed, 30)), Map.of(), LocalDateTime.now());
    assertThat(timeline.open()).isFalse();
    assertThat(timeline.rows().getFirst().closed()).isTrue();
  }

  private static Timeline.Cell cell(Timeline.Row row, int hour) {
    return row.cells().stream().filter(c -> c.hour() == hour).findFirst().orElseThrow();
  }

  private static ResourceDay room(List<Interval> busy, LocalTime closes) {
    return new ResourceDay(
        ROOM,
        "Hall A",
        UUID.randomUUID(),
        "Room",
        "EXCLUSIVE",
        1,
        t(8, 0),
        closes,
        busy,
        List.of());
  }

  private static Booking booking(String holder) {
    return new Booking(
        BOOKING,
        UUID.randomUUID(),
        ROOM,
        "Hall A",
        UUID.randomUUID(),
        holder,
        null,
        Instant.now(),
        Instant.now(),
        BookingStatus.CONFIRMED,
        Channel.DESK,
        "",
        List.of(),
        List.of(),
        null,
        Instant.now(),
        null,
        List.of());
  }

  private static LocalTime t(int h, int m) {
    return LocalTime.of(h, m);
  }
}
