package app.atrium.pricing.rest;

import app.atrium.pricing.Pricing;
import app.atrium.pricing.Quote;
import app.atrium.pricing.QuoteRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Prices of prospective bookings, without booking. */
@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes")
class QuotesApiController {

  private final Pricing pricing;

  QuotesApiController(Pricing pricing) {
    this.pricing = pricing;
  }

  @Operation(
      summary = "Price a booking without making it",
      description =
          "The total and the lines that explain it (rate per segment, adjustments, the member's"
              + " plan discount last), each rounded half-up to the currency's minor unit. Without"
              + " memberId: a guest's list price (a member asking gets her own price). The"
              + " booking made for the same slot is charged this price, frozen on the booking."
              + " extras (optional, as on a booking): one entry each in the answer's extras,"
              + " priced as the member pays them (included by her plan: 0), and totalWithExtras;"
              + " they are billed as her usage, not in the booking's price.")
  @PostMapping
  Quote quote(@Valid @RequestBody QuoteRequest request) {
    return pricing.quote(request);
  }
}
