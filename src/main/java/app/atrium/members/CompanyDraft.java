package app.atrium.members;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What staff enter to add or change a company ({@code taxId}: the BIN in Kazakhstan). The read-only
 * fields of a {@link Company} may be sent back unchanged and are ignored.
 */
@JsonIgnoreProperties({"id", "activeMembers", "createdAt"})
public record CompanyDraft(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 300) String legalName,
    @Size(max = 50) String taxId,
    @Email @Size(max = 254) String email,
    @Size(max = 40) @Pattern(regexp = Phones.PATTERN, message = Phones.MESSAGE) String phone,
    @Size(max = 500) String address,
    @Size(max = 4000) String notes) {}
