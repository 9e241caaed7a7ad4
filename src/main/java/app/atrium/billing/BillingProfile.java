package app.atrium.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What invoices show of the issuer beyond the tenant's legal name and tax id (kept in the tenant's
 * settings), and how billing runs: the time zone of billing periods, payment terms, number prefixes
 * and the online payment provider. The logo is set on its own.
 */
public record BillingProfile(
    @Size(max = 500) String address,
    @Size(max = 254) String email,
    @Size(max = 50) String phone,
    @Size(max = 1000) String bankDetails,
    @NotBlank @Size(max = 64) String timeZone,
    @NotNull @Min(0) @Max(365) Integer paymentTermsDays,
    @NotNull
        @Pattern(regexp = "^[A-Z0-9]{1,10}$", message = "use 1 to 10 capital letters or digits")
        String invoicePrefix,
    @NotNull
        @Pattern(regexp = "^[A-Z0-9]{1,10}$", message = "use 1 to 10 capital letters or digits")
        String creditNotePrefix,
    @NotNull OnlineProvider onlineProvider,
    @JsonProperty(access = JsonProperty.Access.READ_ONLY) Boolean hasLogo) {

  /** How members pay online. */
  public enum OnlineProvider {
    NONE,
    STRIPE,
    FAKE_CARD
  }
}
