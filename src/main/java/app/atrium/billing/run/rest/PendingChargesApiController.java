package app.atrium.billing.run.rest;

import app.atrium.billing.run.ChargeDraft;
import app.atrium.billing.run.PendingCharge;
import app.atrium.billing.run.PendingCharges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

/** One-off charges and discounts for a payer's next regular invoice (staff only). */
@RestController
@RequestMapping("/api/v1/pending-charges")
@Tag(name = "Invoice runs")
class PendingChargesApiController {

  private final PendingCharges charges;

  PendingChargesApiController(PendingCharges charges) {
    this.charges = charges;
  }

  /** Why a pending charge is taken back. */
  record CancelRequest(String reason) {}

  @Operation(
      summary = "Put a one-off charge or a discount on the next invoice",
      description =
          "For a member (memberId) or a company (companyId). kind ONE_OFF with an amount above 0;"
              + " kind DISCOUNT with an amount (entered positive, taken off) or a percent (0 to"
              + " 100] of that invoice's membership fees and add-ons. billFrom (yyyy-MM, default:"
              + " the next run) is the first period whose regular invoice may carry it. The"
              + " invoice run bills it once, on the payer's invoice (a member billed to her company"
              + " has it on the company's); a discount that would take the invoice below zero, or"
              + " a percentage of an invoice without fees, waits for the next one.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PendingCharge add(@RequestBody ChargeDraft draft) {
    return charges.add(draft);
  }

  @Operation(
      summary = "Charges and discounts, newest first",
      description = "Of a member or a company, or all; pending=true for those not billed yet.")
  @GetMapping
  List<PendingCharge> list(
      @RequestParam(required = false) UUID memberId,
      @RequestParam(required = false) UUID companyId,
      @RequestParam(defaultValue = "false") boolean pending,
      @RequestParam(defaultValue = "100") int limit) {
    return charges.list(memberId, companyId, pending, limit);
  }

  @Operation(summary = "A charge, with its status (PENDING, BILLED with its invoice, CANCELLED)")
  @GetMapping("/{id}")
  PendingCharge get(@PathVariable UUID id) {
    return charges.get(id);
  }

  @Operation(
      summary = "Cancel a charge not billed yet",
      description =
          "A reason is required. A billed charge answers 409 charge-billed: correct it with a"
              + " credit note.")
  @PostMapping("/{id}/cancel")
  PendingCharge cancel(@PathVariable UUID id, @RequestBody CancelRequest request) {
    return charges.cancel(id, request == null ? null : request.reason());
  }
}
