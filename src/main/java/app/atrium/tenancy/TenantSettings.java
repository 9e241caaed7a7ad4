package app.atrium.tenancy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A tenant's legal and money settings: one legal entity, one currency, one tax setting. */
public record TenantSettings(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 300) String legalName,
    @Size(max = 50) String taxId,
    @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as KZT")
        String currency,
    @NotNull
        @Pattern(
            regexp = "^(NONE|INCLUSIVE|EXCLUSIVE)$",
            message = "must be NONE, INCLUSIVE or EXCLUSIVE")
        String taxMode,
    @NotNull @DecimalMin("0") @DecimalMax("99.99") BigDecimal taxRate,
    @NotNull @Pattern(regexp = "^(ru|en|es)$", message = "must be ru, en or es") String locale) {}
