package app.atrium.members;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What staff enter to add or change a member. Tags are trimmed and lowercased; {@code
 * billedToCompany} (absent: false) needs a company. The read-only fields of a {@link Member} may be
 * sent back unchanged (GET, edit, PUT) and are ignored; any other unknown field is refused.
 */
@JsonIgnoreProperties({"id", "companyName", "status", "accountId", "createdAt"})
public record MemberDraft(
    @NotBlank @Size(max = 100) String firstName,
    @Size(max = 100) String lastName,
    @Email @Size(max = 254) String email,
    @Size(max = 40) @Pattern(regexp = Phones.PATTERN, message = Phones.MESSAGE) String phone,
    UUID companyId,
    Boolean billedToCompany,
    @Size(max = 20) List<@NotBlank @Size(max = 30) String> tags) {

  /** Whether the company pays for this member. */
  public boolean billed() {
    return Boolean.TRUE.equals(billedToCompany);
  }
}
