package app.atrium.booking;

import java.time.Instant;

/** One line of a booking's history: who did what, through which channel, when. */
public record BookingEvent(
    String action, Channel channel, String actor, String detail, Instant at) {}
