package app.atrium.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What staff enter to register or change a device. A {@link Device} as read is a valid draft. */
@JsonIgnoreProperties({"id", "status", "demo", "createdAt"})
public record DeviceDraft(
    @NotBlank @Size(max = 100) String name,
    @NotNull DeviceKind kind,
    @NotNull UUID locationId,
    UUID defaultServiceId) {}
