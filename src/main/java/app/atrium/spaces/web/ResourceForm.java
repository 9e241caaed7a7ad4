package app.atrium.spaces.web;

import app.atrium.spaces.Resource;
import app.atrium.spaces.ResourceDraft;
import app.atrium.spaces.ResourceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The resource form: amenities as one comma-separated line; units and parts are sent for every kind
 * (the page only hides them) and kept only where the chosen type's kind uses them.
 */
public class ResourceForm {

  private UUID locationId;
  private UUID typeId;
  private String name = "";
  private String description = "";
  private Integer seats;
  private String zone = "";
  private String amenities = "";
  private Integer units;
  private String unitLabel = "";
  private List<UUID> partIds = new ArrayList<>();

  static ResourceForm empty(UUID locationId, UUID typeId) {
    var f = new ResourceForm();
    f.locationId = locationId;
    f.typeId = typeId;
    return f;
  }

  static ResourceForm of(Resource r) {
    var f = new ResourceForm();
    f.locationId = r.locationId();
    f.typeId = r.typeId();
    f.name = r.name();
    f.description = r.description();
    f.seats = r.seats();
    f.zone = r.zone();
    f.amenities = String.join(", ", r.amenities());
    f.units = r.kind() == ResourceKind.CAPACITY ? r.units() : null;
    f.unitLabel = r.unitLabel() == null ? "" : r.unitLabel();
    f.partIds = new ArrayList<>(r.parts().stream().map(Resource.Ref::id).toList());
    return f;
  }

  /** The draft for a type of {@code kind} (null when the type is unknown: the service says so). */
  ResourceDraft toDraft(ResourceKind kind) {
    List<String> amenityList =
        Arrays.stream(amenities == null ? new String[0] : amenities.split(","))
            .map(String::trim)
            .filter(a -> !a.isEmpty())
            .toList();
    boolean capacity = kind == ResourceKind.CAPACITY;
    return new ResourceDraft(
        locationId,
        typeId,
        name,
        description,
        seats,
        zone,
        amenityList,
        capacity ? units : null,
        capacity && unitLabel != null && !unitLabel.isBlank() ? unitLabel : null,
        kind == ResourceKind.COMPOSITE ? partIds : null);
  }

  public UUID getLocationId() {
    return locationId;
  }

  public void setLocationId(UUID locationId) {
    this.locationId = locationId;
  }

  public UUID getTypeId() {
    return typeId;
  }

  public void setTypeId(UUID typeId) {
    this.typeId = typeId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Integer getSeats() {
    return seats;
  }

  public void setSeats(Integer seats) {
    this.seats = seats;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public String getAmenities() {
    return amenities;
  }

  public void setAmenities(String amenities) {
    this.amenities = amenities;
  }

  public Integer getUnits() {
    return units;
  }

  public void setUnits(Integer units) {
    this.units = units;
  }

  public String getUnitLabel() {
    return unitLabel;
  }

  public void setUnitLabel(String unitLabel) {
    this.unitLabel = unitLabel;
  }

  public List<UUID> getPartIds() {
    return partIds;
  }

  public void setPartIds(List<UUID> partIds) {
    this.partIds = partIds == null ? new ArrayList<>() : partIds;
  }
}
