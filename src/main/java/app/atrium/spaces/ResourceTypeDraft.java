package app.atrium.spaces;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What staff enter to create or change a resource type. Left out: {@code bookable} is true, {@code
 * slotMinutes} 30, {@code minMinutes} one slot, {@code maxMinutes} unlimited, {@code bookedBy}
 * MEMBERS, {@code usesRoomHours} false, {@code freeCancelMinutes} until the start. A {@link
 * ResourceType} as read is a valid draft (its resource count is ignored).
 */
@JsonIgnoreProperties({"resources"})
public record ResourceTypeDraft(
    @NotBlank @Size(max = 100) String name,
    @NotBlank
        @Size(max = 40)
        @Pattern(
            regexp = "^[a-z0-9][a-z0-9-]*$",
            message = "use lowercase letters, digits and '-' (e.g. meeting-room)")
        String code,
    @NotNull ResourceKind kind,
    Boolean bookable,
    @Min(5) @Max(1440) Integer slotMinutes,
    @Min(5) @Max(44640) Integer minMinutes,
    @Min(5) @Max(44640) Integer maxMinutes,
    BookedBy bookedBy,
    Boolean usesRoomHours,
    @Min(0) @Max(43200) Integer freeCancelMinutes) {

  /** A draft that draws on no included hours and may be cancelled until it starts. */
  public ResourceTypeDraft(
      String name,
      String code,
      ResourceKind kind,
      Boolean bookable,
      Integer slotMinutes,
      Integer minMinutes,
      Integer maxMinutes,
      BookedBy bookedBy) {
    this(name, code, kind, bookable, slotMinutes, minMinutes, maxMinutes, bookedBy, null, null);
  }

  static final int DEFAULT_SLOT_MINUTES = 30;

  int slot() {
    return slotMinutes == null ? DEFAULT_SLOT_MINUTES : slotMinutes;
  }

  int min() {
    return minMinutes == null ? slot() : minMinutes;
  }

  boolean isBookable() {
    return bookable == null || bookable;
  }

  boolean drawsRoomHours() {
    return usesRoomHours != null && usesRoomHours;
  }

  BookedBy whoBooks() {
    return bookedBy == null ? BookedBy.MEMBERS : bookedBy;
  }
}
