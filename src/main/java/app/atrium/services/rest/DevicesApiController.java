package app.atrium.services.rest;

import app.atrium.services.Device;
import app.atrium.services.DeviceDraft;
import app.atrium.services.DeviceEvent;
import app.atrium.services.Devices;
import app.atrium.services.IssuedSecret;
import app.atrium.services.Metering;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff's register of metering devices, and the device reports they must resolve. */
@RestController
@RequestMapping("/api/v1/devices")
@Tag(name = "Devices")
class DevicesApiController {

  private final Devices devices;
  private final Metering metering;

  DevicesApiController(Devices devices, Metering metering) {
    this.devices = devices;
    this.metering = metering;
  }

  /** A device with its new secret, shown this once, and the header it sends. */
  record SecretResponse(Device device, String secret, String authorization) {
    static SecretResponse of(IssuedSecret issued) {
      return new SecretResponse(issued.device(), issued.secret(), issued.authorization());
    }
  }

  /** Whom an unresolved report was for. */
  record Resolution(@NotNull UUID memberId, Boolean giveCard) {}

  @Operation(summary = "List devices")
  @GetMapping
  @PreAuthorize("hasRole('STAFF')")
  List<Device> list() {
    return devices.list();
  }

  @Operation(summary = "One device")
  @GetMapping("/{id}")
  @PreAuthorize("hasRole('STAFF')")
  Device get(@PathVariable UUID id) {
    return devices.get(id);
  }

  @Operation(
      summary = "Register a device",
      description =
          "A printer, coffee machine or other device at a location; defaultServiceId is what it"
              + " meters when a report names no service. The answer carries the device's secret,"
              + " shown this once (only a hash is kept): the device sends 'Authorization: Device"
              + " <id>:<secret>' with each report to POST /api/v1/devices/events.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  SecretResponse register(@Valid @RequestBody DeviceDraft draft) {
    return SecretResponse.of(devices.register(draft));
  }

  @Operation(summary = "Change a device")
  @PutMapping("/{id}")
  Device update(@PathVariable UUID id, @Valid @RequestBody DeviceDraft draft) {
    return devices.update(id, draft);
  }

  @Operation(
      summary = "Issue a new secret to a device",
      description = "The old secret stops working at once; the new one is shown this once.")
  @PostMapping("/{id}/secret")
  SecretResponse rotateSecret(@PathVariable UUID id) {
    return SecretResponse.of(devices.rotateSecret(id));
  }

  @Operation(
      summary = "Retire a device",
      description = "Its secret stops working; what it reported stays.")
  @PostMapping("/{id}/retire")
  Device retire(@PathVariable UUID id) {
    return devices.retire(id);
  }

  @Operation(
      summary = "Reports waiting for staff",
      description = "Reports with a card no member held, oldest first.")
  @GetMapping("/events")
  @PreAuthorize("hasRole('STAFF')")
  List<DeviceEvent> unresolved() {
    return metering.unresolved();
  }

  @Operation(summary = "One device report")
  @GetMapping("/events/{id}")
  @PreAuthorize("hasRole('STAFF')")
  DeviceEvent event(@PathVariable UUID id) {
    return metering.event(id);
  }

  @Operation(
      summary = "Resolve a report by assigning a member",
      description =
          "Records the reported usage for the member (priced and split as of when it happened);"
              + " with giveCard the card becomes hers, so her next reports resolve by themselves."
              + " 409 when the report was resolved or dismissed already.")
  @PostMapping("/events/{id}/resolve")
  DeviceEvent resolve(@PathVariable UUID id, @Valid @RequestBody Resolution resolution) {
    return metering.resolve(id, resolution.memberId(), Boolean.TRUE.equals(resolution.giveCard()));
  }

  @Operation(
      summary = "Dismiss a report",
      description = "A test swipe or a guest's card: nothing is recorded.")
  @PostMapping("/events/{id}/dismiss")
  DeviceEvent dismiss(@PathVariable UUID id) {
    return metering.dismiss(id);
  }
}
