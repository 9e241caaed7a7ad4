package app.atrium.pricing;

import app.atrium.spaces.Resource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules and every channel call for prices: quotes of prospective bookings and the
 * tenant's price rules. Each call is one transaction, or joins the caller's.
 */
public interface Pricing {

  /** Booked hours, to the hundredth: what a booking asks of included hours. */
  static BigDecimal bookedHours(Instant start, Instant end) {
    return BigDecimal.valueOf(java.time.Duration.between(start, end).toSeconds())
        .divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP);
  }

  /**
   * The price of booking a resource, explained. Where the resource's type draws on included
   * meeting-room hours, the member's balance covers what it can, first. A member asking for herself
   * may leave memberId out, and may not ask for someone else; staff quote for any member or,
   * without one, a guest. The request's extras are priced as she would pay them (a guest's booking
   * has none: 400), in the quote's {@code extras}, apart from its total.
   */
  Quote quote(QuoteRequest request);

  /**
   * The price of booking {@code resource} for {@code memberId} (null: a guest at the list price),
   * for a caller that has already loaded the resource and checked who books: the booking module
   * freezes this on the booking it makes.
   */
  Quote priceOf(Resource resource, UUID memberId, Instant start, Instant end);

  /**
   * The price of a booking of which the member's included hours cover the first {@code
   * included.hours()} (null or zero: none): an INCLUDED line, then the price of the rest.
   */
  Quote priceOf(
      Resource resource, UUID memberId, Instant start, Instant end, Quote.Included included);

  /** Rules of a resource type and/or of a resource (null: any), types' first, newest last. */
  List<PriceRule> rules(UUID resourceTypeId, UUID resourceId);

  Optional<PriceRule> findRule(UUID id);

  /** The rule, or a 404 problem. */
  PriceRule rule(UUID id);

  PriceRule createRule(PriceRuleDraft draft);

  PriceRule updateRule(UUID id, PriceRuleDraft draft);

  /** Deletes a rule; bookings already made keep the price they were quoted. */
  void deleteRule(UUID id);
}
