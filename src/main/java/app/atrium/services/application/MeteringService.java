package app.atrium.services.application;

import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import app.atrium.services.AddOn;
import app.atrium.services.AddOns;
import app.atrium.services.Device;
import app.atrium.services.DeviceEvent;
import app.atrium.services.DeviceReport;
import app.atrium.services.MemberCard;
import app.atrium.services.MemberCards;
import app.atrium.services.Metering;
import app.atrium.services.ServiceUsage;
import app.atrium.services.persistence.DeviceEventStore;
import app.atrium.services.persistence.DeviceStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Device reports: the report claims its (device, event id) key first, so that a repeat, even one
 * arriving at the same instant, waits for the first and then answers what it did; then the usage is
 * recorded in the same transaction, allowance included.
 */
@Service
class MeteringService implements Metering {

  /** How old a report may be: a device offline for long still gets its usage in. */
  private static final Duration OLDEST = Duration.ofDays(366);

  private final DeviceStore devices;
  private final DeviceEventStore events;
  private final AddOns catalogue;
  private final MemberCards cards;
  private final Members members;
  private final UsageService usages;
  private final Checks checks;

  MeteringService(
      DeviceStore devices,
      DeviceEventStore events,
      AddOns catalogue,
      MemberCards cards,
      Members members,
      UsageService usages,
      Checks checks) {
    this.devices = devices;
    this.events = events;
    this.catalogue = catalogue;
    this.cards = cards;
    this.members = members;
    this.usages = usages;
    this.checks = checks;
  }

  @Override
  @Transactional(readOnly = true)
  public AuthenticatedDevice authenticate(UUID deviceId, String secret) {
    if (deviceId == null
        || secret == null
        || !secret.startsWith(DeviceService.PREFIX)
        || secret.length() > 100) {
      throw unauthorized();
    }
    return devices
        .tenantOf(deviceId, DeviceService.sha256(secret))
        .map(tenant -> new AuthenticatedDevice(tenant, deviceId))
        .orElseThrow(MeteringService::unauthorized);
  }

  @Override
  @Transactional
  public MeterReading report(UUID deviceId, DeviceReport r) {
    checks.valid(r);
    Device device =
        devices.find(deviceId).orElseThrow(() -> AtriumException.notFound("Device", deviceId));
    if (!device.active()) {
      throw AtriumException.conflict("device-retired", "This device is retired.");
    }
    String eventId = r.deviceEventId().strip();
    // A repeat answers what the first report did, whatever changed since (an archived service).
    Optional<DeviceEvent> earlier = events.find(deviceId, eventId);
    if (earlier.isPresent()) return replay(earlier.get());

    AddOn service = service(device, r.serviceCode());
    Checks.quantity("quantity", r.quantity(), service.unit());
    String card = MemberCards.normalize(r.cardId(), "cardId");
    Instant now = checks.now();
    Instant at = checks.occurredAt("occurredAt", r.occurredAt());
    if (at.isBefore(now.minus(OLDEST))) {
      throw AtriumException.invalid("occurredAt", "is more than a year ago");
    }
    Optional<MemberCard> holder = cards.find(card);
    UUID usageId = holder.isPresent() ? UUID.randomUUID() : null;
    var claim =
        new DeviceEventStore.Claim(
            UUID.randomUUID(),
            deviceId,
            eventId,
            card,
            service.id(),
            r.quantity(),
            at,
            now,
            holder.isPresent() ? DeviceEvent.Status.RECORDED : DeviceEvent.Status.UNRESOLVED,
            usageId);
    if (!events.claim(claim)) {
      // The same report committed first while this one waited for it: answer what it did.
      return replay(events.find(deviceId, eventId).orElseThrow());
    }
    ServiceUsage usage = null;
    if (holder.isPresent()) {
      Member member = members.get(holder.get().memberId());
      usage =
          usages.record(
              new UsageService.Recording(
                  usageId,
                  member,
                  service,
                  r.quantity(),
                  "",
                  at,
                  ServiceUsage.Source.DEVICE,
                  device.name(),
                  null,
                  deviceId,
                  null));
    }
    return new MeterReading(events.find(claim.id()).orElseThrow(), usage, false);
  }

  @Override
  @Transactional(readOnly = true)
  public List<DeviceEvent> unresolved() {
    Actor.current().requireStaff();
    return events.unresolved();
  }

  @Override
  @Transactional(readOnly = true)
  public DeviceEvent event(UUID eventId) {
    Actor.current().requireStaff();
    return events
        .find(eventId)
        .orElseThrow(() -> AtriumException.notFound("Device event", eventId));
  }

  @Override
  @Transactional
  public DeviceEvent resolve(UUID eventId, UUID memberId, boolean giveCard) {
    Actor actor = Actor.current().requireStaff();
    DeviceEvent e = open(eventId);
    if (memberId == null) throw AtriumException.invalid("memberId", "is required");
    Member member =
        members
            .find(memberId)
            .orElseThrow(() -> AtriumException.invalid("memberId", "no such member"));
    if (giveCard) cards.give(member.id(), e.cardId());
    Device device = devices.find(e.deviceId()).orElseThrow();
    AddOn service = catalogue.get(e.serviceId());
    ServiceUsage usage =
        usages.record(
            new UsageService.Recording(
                UUID.randomUUID(),
                member,
                service,
                e.quantity(),
                "",
                e.occurredAt(),
                ServiceUsage.Source.DEVICE,
                device.name(),
                null,
                device.id(),
                null));
    events.close(eventId, DeviceEvent.Status.RECORDED, usage.id(), checks.now(), actor.name());
    return events.find(eventId).orElseThrow();
  }

  @Override
  @Transactional
  public DeviceEvent dismiss(UUID eventId) {
    Actor actor = Actor.current().requireStaff();
    open(eventId);
    events.close(eventId, DeviceEvent.Status.DISMISSED, null, checks.now(), actor.name());
    return events.find(eventId).orElseThrow();
  }

  /** The unresolved event, locked; 404 when unknown, 409 when staff resolved it already. */
  private DeviceEvent open(UUID eventId) {
    DeviceEvent e =
        events
            .findForUpdate(eventId)
            .orElseThrow(() -> AtriumException.notFound("Device event", eventId));
    if (e.status() != DeviceEvent.Status.UNRESOLVED) {
      throw AtriumException.conflict(
          "already-resolved", "This report was " + e.status().name().toLowerCase() + " already.");
    }
    return e;
  }

  private MeterReading replay(DeviceEvent e) {
    ServiceUsage usage = e.usageId() == null ? null : usages.get(e.usageId());
    return new MeterReading(e, usage, true);
  }

  private AddOn service(Device device, String code) {
    AddOn service;
    if (code != null && !code.isBlank()) {
      service =
          catalogue
              .findByCode(code)
              .orElseThrow(() -> AtriumException.invalid("serviceCode", "no such service"));
    } else if (device.defaultServiceId() != null) {
      service = catalogue.get(device.defaultServiceId());
    } else {
      throw AtriumException.invalid(
          "serviceCode", "is required: this device has no default service");
    }
    if (!service.active()) {
      throw AtriumException.invalid("serviceCode", "the service is archived");
    }
    return service;
  }

  private static AtriumException unauthorized() {
    return new AtriumException(
        HttpStatus.UNAUTHORIZED,
        "device-unauthorized",
        "Send 'Authorization: Device <device id>:<secret>' with the secret issued when the device"
            + " was registered.");
  }
}
