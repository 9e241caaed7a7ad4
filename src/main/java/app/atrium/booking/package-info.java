/**
 * Bookings from every channel, written to one database that refuses the second booking of a slot;
 * availability, and live updates of both to every open page and API stream.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
package app.atrium.booking;
