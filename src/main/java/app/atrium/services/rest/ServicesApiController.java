package app.atrium.services.rest;

import app.atrium.services.AddOn;
import app.atrium.services.AddOnDraft;
import app.atrium.services.AddOnStatus;
import app.atrium.services.AddOns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of add-on services. */
@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Services")
class ServicesApiController {

  private final AddOns catalogue;

  ServicesApiController(AddOns catalogue) {
    this.catalogue = catalogue;
  }

  @Operation(summary = "List services, active first, in display order")
  @GetMapping
  List<AddOn> list(
      @Parameter(description = "ACTIVE or ARCHIVED; all when left out")
          @RequestParam(required = false)
          AddOnStatus status) {
    return catalogue.list(status);
  }

  @Operation(summary = "One service")
  @GetMapping("/{id}")
  AddOn get(@PathVariable UUID id) {
    return catalogue.get(id);
  }

  @Operation(
      summary = "Add a service to the catalogue",
      description =
          "code: 1-40 capital letters, digits, '_' or '-' (devices report by code), unique in the"
              + " coworking. price per unit (PIECE, PAGE, HOUR, DAY, BOOKING, MONTH) in the"
              + " tenant's currency. allowanceKind (PRINTED_PAGES, COFFEE, GUEST_PASSES): a use"
              + " takes what is left of the member's allowance first. includedPlanIds: members"
              + " on these plans get it at no charge. bookingExtra: offered as an extra on"
              + " bookings (a projector, a coffee break), ticked by serviceCode in a booking's"
              + " or a quote's extras.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AddOn create(@Valid @RequestBody AddOnDraft draft) {
    return catalogue.create(draft);
  }

  @Operation(
      summary = "Change a service",
      description =
          "The whole service as it should be (bookingExtra left out means not offered on"
              + " bookings). Usage already recorded keeps the price and split it was recorded"
              + " with.")
  @PutMapping("/{id}")
  AddOn update(@PathVariable UUID id, @Valid @RequestBody AddOnDraft draft) {
    return catalogue.update(id, draft);
  }

  @Operation(
      summary = "Archive a service",
      description =
          "It can no longer be recorded; its usage stays. Archiving twice changes nothing.")
  @PostMapping("/{id}/archive")
  AddOn archive(@PathVariable UUID id) {
    return catalogue.archive(id);
  }

  @Operation(summary = "Put an archived service back in the catalogue")
  @PostMapping("/{id}/restore")
  AddOn restore(@PathVariable UUID id) {
    return catalogue.restore(id);
  }
}
