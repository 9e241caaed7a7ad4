package app.atrium.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Booking settings.
 *
 * @param bufferMinutes minutes a booking keeps its units after it ends (cleaning, changeover)
 * @param memberLeadMinutes how far ahead members must book themselves (staff may book at once)
 */
@ConfigurationProperties("atrium.booking")
public record BookingProperties(int bufferMinutes, int memberLeadMinutes) {}
