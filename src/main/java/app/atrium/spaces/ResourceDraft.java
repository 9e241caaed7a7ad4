package app.atrium.spaces;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What staff enter to create or change a resource. {@code units} is the number of desks, lockers or
 * spots of a CAPACITY resource (1 for EXCLUSIVE, none for COMPOSITE); {@code unitLabel} names them
 * ("Desk" gives "Desk 1" …, default: the resource's name); {@code partIds} are the exclusive
 * resources a COMPOSITE is made of; {@code status} (default: unchanged, ACTIVE for a new one) may
 * archive or restore it. A {@link Resource} as read is a valid draft: its derived, read-only fields
 * are accepted and ignored.
 */
@JsonIgnoreProperties({"typeCode", "typeName", "kind", "unitIds", "parts", "partOf"})
public record ResourceDraft(
    @NotNull UUID locationId,
    @NotNull UUID typeId,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 2000) String description,
    @Min(1) @Max(1000) Integer seats,
    @Size(max = 100) String zone,
    @Size(max = 30) List<@NotBlank @Size(max = 60) String> amenities,
    @Min(1) @Max(500) Integer units,
    @Size(max = 40) String unitLabel,
    @Size(max = 20) List<@NotNull UUID> partIds,
    ResourceStatus status) {

  /** A draft that leaves the status as it is (ACTIVE for a new resource). */
  public ResourceDraft(
      UUID locationId,
      UUID typeId,
      String name,
      String description,
      Integer seats,
      String zone,
      List<String> amenities,
      Integer units,
      String unitLabel,
      List<UUID> partIds) {
    this(
        locationId,
        typeId,
        name,
        description,
        seats,
        zone,
        amenities,
        units,
        unitLabel,
        partIds,
        null);
  }
}
