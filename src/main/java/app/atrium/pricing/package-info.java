/**
 * Prices of bookings: the tenant's price rules per resource type or resource (hourly, daily or per
 * booking rates, time-of-day bands, weekday and date-range adjustments) and quotes that explain a
 * price line by line, the member's plan discount included.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pricing")
package app.atrium.pricing;
