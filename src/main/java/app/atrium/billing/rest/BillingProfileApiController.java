package app.atrium.billing.rest;

import app.atrium.billing.BillingProfile;
import app.atrium.billing.BillingSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's billing profile: issuer details on invoices, terms, numbering, online provider. */
@RestController
@RequestMapping("/api/v1/billing-profile")
@Tag(name = "Billing profile")
class BillingProfileApiController {

  private final BillingSettings settings;

  BillingProfileApiController(BillingSettings settings) {
    this.settings = settings;
  }

  @Operation(
      summary = "The billing profile",
      description =
          "Legal name, tax id, currency and tax setting are the tenant's settings; this adds the"
              + " address, contacts and bank details printed on invoices, the billing time zone,"
              + " payment terms in days, number prefixes and the online provider (NONE, STRIPE,"
              + " FAKE_CARD).")
  @GetMapping
  BillingProfile get() {
    return settings.profile();
  }

  @Operation(summary = "Change the billing profile")
  @PutMapping
  BillingProfile update(@Valid @RequestBody BillingProfile profile) {
    return settings.update(profile);
  }

  @Operation(summary = "Set the logo printed on invoices (a PNG or JPEG body of at most 512 KiB)")
  @PutMapping(
      value = "/logo",
      consumes = {"image/png", "image/jpeg"})
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void logo(@RequestBody byte[] image, @RequestHeader("Content-Type") String type) {
    settings.setLogo(image, type);
  }

  @Operation(summary = "Remove the logo")
  @DeleteMapping("/logo")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeLogo() {
    settings.removeLogo();
  }
}
