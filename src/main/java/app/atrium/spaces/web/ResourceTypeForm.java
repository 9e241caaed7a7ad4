package app.atrium.spaces.web;

import app.atrium.spaces.BookedBy;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceType;
import app.atrium.spaces.ResourceTypeDraft;

/** The resource type form, a mutable mirror of {@link ResourceTypeDraft}. */
public class ResourceTypeForm {

  private String name = "";
  private String code = "";
  private ResourceKind kind = ResourceKind.EXCLUSIVE;
  private boolean bookable = true;
  private Integer slotMinutes = 30;
  private Integer minMinutes = 30;
  private Integer maxMinutes;
  private BookedBy bookedBy = BookedBy.MEMBERS;
  private boolean usesRoomHours;
  private Integer freeCancelMinutes;

  static ResourceTypeForm of(ResourceType t) {
    var f = new ResourceTypeForm();
    f.name = t.name();
    f.code = t.code();
    f.kind = t.kind();
    f.bookable = t.bookable();
    f.slotMinutes = t.slotMinutes();
    f.minMinutes = t.minMinutes();
    f.maxMinutes = t.maxMinutes();
    f.bookedBy = t.bookedBy();
    f.usesRoomHours = t.usesRoomHours();
    f.freeCancelMinutes = t.freeCancelMinutes();
    return f;
  }

  ResourceTypeDraft toDraft() {
    return new ResourceTypeDraft(
        name,
        code,
        kind,
        bookable,
        slotMinutes,
        minMinutes,
        maxMinutes,
        bookedBy,
        usesRoomHours,
        freeCancelMinutes);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public ResourceKind getKind() {
    return kind;
  }

  public void setKind(ResourceKind kind) {
    this.kind = kind;
  }

  public boolean isBookable() {
    return bookable;
  }

  public void setBookable(boolean bookable) {
    this.bookable = bookable;
  }

  public Integer getSlotMinutes() {
    return slotMinutes;
  }

  public void setSlotMinutes(Integer slotMinutes) {
    this.slotMinutes = slotMinutes;
  }

  public Integer getMinMinutes() {
    return minMinutes;
  }

  public void setMinMinutes(Integer minMinutes) {
    this.minMinutes = minMinutes;
  }

  public Integer getMaxMinutes() {
    return maxMinutes;
  }

  public void setMaxMinutes(Integer maxMinutes) {
    this.maxMinutes = maxMinutes;
  }

  public BookedBy getBookedBy() {
    return bookedBy;
  }

  public void setBookedBy(BookedBy bookedBy) {
    this.bookedBy = bookedBy;
  }

  public boolean isUsesRoomHours() {
    return usesRoomHours;
  }

  public void setUsesRoomHours(boolean usesRoomHours) {
    this.usesRoomHours = usesRoomHours;
  }

  public Integer getFreeCancelMinutes() {
    return freeCancelMinutes;
  }

  public void setFreeCancelMinutes(Integer freeCancelMinutes) {
    this.freeCancelMinutes = freeCancelMinutes;
  }
}
