package app.atrium.billing.rest;

import app.atrium.billing.Payer;
import app.atrium.billing.Payments;
import app.atrium.billing.SavedMethod;
import app.atrium.platform.web.AtriumException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cards payers saved for autopay: list, autopay on or off, remove. */
@RestController
@RequestMapping("/api/v1/payment-methods")
@Tag(name = "Payment methods")
class PaymentMethodsApiController {

  private final Payments payments;

  PaymentMethodsApiController(Payments payments) {
    this.payments = payments;
  }

  @Operation(
      summary = "A payer's saved cards",
      description =
          "Of a memberId or a companyId. A card with autopay on is charged when an invoice is"
              + " issued; at most one per payer.")
  @GetMapping
  List<SavedMethod> list(
      @RequestParam(required = false) UUID memberId,
      @RequestParam(required = false) UUID companyId) {
    if ((memberId == null) == (companyId == null)) {
      throw AtriumException.invalid("memberId", "give a memberId or a companyId, one of them");
    }
    return payments.savedMethods(
        memberId != null ? Payer.member(memberId) : Payer.company(companyId));
  }

  /** Whether the card pays invoices automatically. */
  record Autopay(Boolean autopay) {}

  @Operation(
      summary = "Turn autopay with this card on or off",
      description = "On makes it the payer's one autopay card (another one is turned off).")
  @PutMapping("/{id}/autopay")
  SavedMethod autopay(@PathVariable UUID id, @RequestBody Autopay body) {
    if (body == null || body.autopay() == null) {
      throw AtriumException.invalid("autopay", "is required: true or false");
    }
    return payments.setAutopay(id, body.autopay());
  }

  @Operation(
      summary = "Remove a saved card",
      description = "Detached at its provider; never charged again.")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable UUID id) {
    payments.removeMethod(id);
  }
}
