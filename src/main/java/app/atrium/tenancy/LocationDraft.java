package app.atrium.tenancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What staff enter to create or change a location. */
public record LocationDraft(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 500) String address,
    @NotBlank @Size(max = 64) String timeZone,
    @Valid @Size(max = 7) List<OpeningHours> openingHours) {}
