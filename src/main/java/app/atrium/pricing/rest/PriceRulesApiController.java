package app.atrium.pricing.rest;

import app.atrium.pricing.PriceRule;
import app.atrium.pricing.PriceRuleDraft;
import app.atrium.pricing.Pricing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's price list: rules per resource type or resource. */
@RestController
@RequestMapping("/api/v1/price-rules")
@Tag(name = "Price rules")
class PriceRulesApiController {

  private final Pricing pricing;

  PriceRulesApiController(Pricing pricing) {
    this.pricing = pricing;
  }

  @Operation(summary = "List price rules, of a resource type and/or a resource")
  @GetMapping
  List<PriceRule> list(
      @RequestParam(required = false) UUID resourceTypeId,
      @RequestParam(required = false) UUID resourceId) {
    return pricing.rules(resourceTypeId, resourceId);
  }

  @Operation(summary = "One price rule")
  @GetMapping("/{id}")
  PriceRule get(@PathVariable UUID id) {
    return pricing.rule(id);
  }

  @Operation(
      summary = "Create a price rule",
      description =
          "For a resourceTypeId or (overriding its type's rules) a resourceId. kind RATE: amount"
              + " per unit HOUR (pro rata), DAY (each calendar day touched) or BOOKING (once);"
              + " the most specific rate that holds wins (dated, then banded, then by weekday)."
              + " kind ADJUSTMENT: percent of the rated amount, negative for a discount (weekend"
              + " -30); all that hold add up. Optional conditions: weekdays [1..7, Monday 1],"
              + " a band from/to (HH:mm in the location's time zone, to up to 24:00), and"
              + " validFrom/validTo dates inclusive. Amounts are in the tenant's currency.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PriceRule create(@Valid @RequestBody PriceRuleDraft draft) {
    return pricing.createRule(draft);
  }

  @Operation(
      summary = "Change a price rule",
      description = "Bookings already made keep the price they were quoted.")
  @PutMapping("/{id}")
  PriceRule update(@PathVariable UUID id, @Valid @RequestBody PriceRuleDraft draft) {
    return pricing.updateRule(id, draft);
  }

  @Operation(
      summary = "Delete a price rule",
      description = "Bookings already made keep the price they were quoted.")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable UUID id) {
    pricing.deleteRule(id);
  }
}
