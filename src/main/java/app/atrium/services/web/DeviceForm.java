package app.atrium.services.web;

import app.atrium.platform.web.AtriumException;
import app.atrium.services.Device;
import app.atrium.services.DeviceDraft;
import app.atrium.services.DeviceKind;
import java.util.UUID;

/** The device form, a mutable mirror of {@link DeviceDraft}. */
public class DeviceForm {

  private String name = "";
  private DeviceKind kind = DeviceKind.PRINTER;
  private String locationId = "";
  private String defaultServiceId = "";

  static DeviceForm of(Device d) {
    var f = new DeviceForm();
    f.name = d.name();
    f.kind = d.kind();
    f.locationId = d.locationId().toString();
    f.defaultServiceId = d.defaultServiceId() == null ? "" : d.defaultServiceId().toString();
    return f;
  }

  DeviceDraft toDraft() {
    return new DeviceDraft(
        name, kind, id("locationId", locationId), id("defaultServiceId", defaultServiceId));
  }

  private static UUID id(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw AtriumException.invalid(field, "choose one from the list");
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public DeviceKind getKind() {
    return kind;
  }

  public void setKind(DeviceKind kind) {
    this.kind = kind;
  }

  public String getLocationId() {
    return locationId;
  }

  public void setLocationId(String locationId) {
    this.locationId = locationId;
  }

  public String getDefaultServiceId() {
    return defaultServiceId;
  }

  public void setDefaultServiceId(String defaultServiceId) {
    this.defaultServiceId = defaultServiceId;
  }
}
