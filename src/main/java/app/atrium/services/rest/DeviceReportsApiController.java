package app.atrium.services.rest;

import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.Problems;
import app.atrium.services.DeviceEvent;
import app.atrium.services.DeviceReport;
import app.atrium.services.Metering;
import app.atrium.services.Metering.AuthenticatedDevice;
import app.atrium.services.Metering.MeterReading;
import app.atrium.services.ServiceUsage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where devices report usage. A device is not a person with a token: it proves itself with its own
 * secret, which also tells which coworking it belongs to; the report then runs in that tenant.
 */
@RestController
@Tag(name = "Devices")
class DeviceReportsApiController {

  private static final String SCHEME = "Device ";

  private final Metering metering;

  DeviceReportsApiController(Metering metering) {
    this.metering = metering;
  }

  /** What became of a report: the event kept and, when recorded, the usage. */
  record ReportResponse(DeviceEvent event, ServiceUsage usage, boolean replayed) {}

  @Operation(
      summary = "Report usage from a device",
      description =
          "Authenticated by the device itself: 'Authorization: Device <device id>:<secret>'."
              + " cardId is the member's card as read; serviceCode defaults to the device's"
              + " service; occurredAt defaults to now. 201 with the usage recorded. The same"
              + " deviceEventId of a device twice counts once: the repeat answers 200 with the"
              + " first result. A card no member holds is 422 'unknown-card': the report is kept"
              + " for staff to resolve, so do not resend it.")
  @PostMapping("/api/v1/devices/events")
  ResponseEntity<Object> report(
      @Parameter(description = "Device <device id>:<secret>")
          @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
          String authorization,
      @RequestBody DeviceReport report) {
    AuthenticatedDevice device = authenticate(authorization);
    MeterReading reading =
        TenantContext.callAs(device.tenantId(), () -> metering.report(device.deviceId(), report));
    DeviceEvent event = reading.event();
    if (event.status() == DeviceEvent.Status.UNRESOLVED) {
      ProblemDetail p =
          Problems.of(
              HttpStatus.UNPROCESSABLE_CONTENT,
              "unknown-card",
              "Unknown card",
              "No member holds the card "
                  + event.cardId()
                  + ". The report is kept for staff to assign a member; do not resend it.");
      p.setProperty("eventId", event.id());
      p.setProperty("replayed", reading.replayed());
      return ResponseEntity.unprocessableContent().body(p);
    }
    return ResponseEntity.status(reading.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(new ReportResponse(event, reading.usage(), reading.replayed()));
  }

  private AuthenticatedDevice authenticate(String header) {
    if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      String credentials = header.substring(SCHEME.length()).strip();
      int colon = credentials.indexOf(':');
      if (colon == 36) {
        try {
          UUID id = UUID.fromString(credentials.substring(0, colon));
          return metering.authenticate(id, credentials.substring(colon + 1));
        } catch (IllegalArgumentException e) {
          // not an id: refused below like any other bad credentials
        }
      }
    }
    throw new AtriumException(
        HttpStatus.UNAUTHORIZED,
        "device-unauthorized",
        "Send 'Authorization: Device <device id>:<secret>' with the secret issued when the device"
            + " was registered.");
  }
}
