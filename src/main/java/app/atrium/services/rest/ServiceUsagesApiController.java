package app.atrium.services.rest;

import app.atrium.platform.web.AtriumException;
import app.atrium.services.CorrectionDraft;
import app.atrium.services.MonthUsage;
import app.atrium.services.ServiceUsage;
import app.atrium.services.ServiceUsages;
import app.atrium.services.UsageDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members' usage of services, and its corrections. */
@RestController
@RequestMapping("/api/v1/service-usages")
@Tag(name = "Service usage")
class ServiceUsagesApiController {

  private final ServiceUsages usages;

  ServiceUsagesApiController(ServiceUsages usages) {
    this.usages = usages;
  }

  @Operation(
      summary = "A member's usage of services in one month",
      description =
          "Every entry (corrections included) in the order it happened, the sums per service"
              + " (included vs paid) and the amount so far. Usage belongs to the month it"
              + " happened in at the member's home location. Members may read only their own.")
  @GetMapping
  MonthUsage month(
      @Parameter(description = "The member") @RequestParam UUID memberId,
      @Parameter(description = "The month, e.g. 2027-01") @RequestParam String month) {
    YearMonth m;
    try {
      m = YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw AtriumException.invalid("month", "use a month like 2027-01");
    }
    return usages.month(memberId, m);
  }

  @Operation(summary = "One usage entry")
  @GetMapping("/{id}")
  ServiceUsage get(@PathVariable UUID id) {
    return usages.get(id);
  }

  @Operation(
      summary = "Record a service used by a member",
      description =
          "serviceId (or serviceCode), a quantity above zero (whole unless the unit is HOUR), an"
              + " optional note and occurredAt (default now). Priced at once and frozen: a"
              + " service the member's plan includes is free; one that draws on an allowance"
              + " (printed pages, coffee, guest passes) takes what is left of it, the rest is paid"
              + " at today's price.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ServiceUsage record(@Valid @RequestBody UsageDraft draft) {
    return usages.record(draft);
  }

  @Operation(
      summary = "Correct a usage entry",
      description =
          "Takes back quantity units (at most what is left of the entry) as a new, negative entry"
              + " with the reason, in the entry's month. Paid units are taken back first, then"
              + " included ones, whose allowance is given back. Entries are never edited.")
  @PostMapping("/{id}/corrections")
  @ResponseStatus(HttpStatus.CREATED)
  ServiceUsage correct(@PathVariable UUID id, @Valid @RequestBody CorrectionDraft draft) {
    return usages.correct(id, draft);
  }
}
