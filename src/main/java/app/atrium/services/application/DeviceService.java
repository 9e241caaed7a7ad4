package app.atrium.services.application;

import app.atrium.platform.web.AtriumException;
import app.atrium.services.AddOn;
import app.atrium.services.AddOns;
import app.atrium.services.Device;
import app.atrium.services.DeviceDraft;
import app.atrium.services.Devices;
import app.atrium.services.IssuedSecret;
import app.atrium.services.persistence.DeviceStore;
import app.atrium.tenancy.Locations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of devices: one transaction per use case. A device's secret is 256 random bits shown
 * once; only its SHA-256 is stored, like the API tokens'.
 */
@Service
public class DeviceService implements Devices {

  static final String PREFIX = "dev_";

  private final DeviceStore store;
  private final AddOns catalogue;
  private final Locations locations;
  private final Checks checks;
  private final SecureRandom random = new SecureRandom();

  DeviceService(DeviceStore store, AddOns catalogue, Locations locations, Checks checks) {
    this.store = store;
    this.catalogue = catalogue;
    this.locations = locations;
    this.checks = checks;
  }

  @Override
  @Transactional
  public IssuedSecret register(DeviceDraft draft) {
    return register(draft, false);
  }

  /** A device of the demo coworking, whose reports staff may simulate from its page. */
  @Transactional
  public IssuedSecret registerForDemo(DeviceDraft draft) {
    return register(draft, true);
  }

  private IssuedSecret register(DeviceDraft draft, boolean demo) {
    Actor.current().requireStaff();
    check(draft);
    UUID id = UUID.randomUUID();
    String secret = newSecret();
    write(() -> store.insert(id, draft, sha256(secret), demo, checks.now()));
    return new IssuedSecret(get(id), secret);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Device> list() {
    Actor.current().requireStaff();
    return store.list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Device> find(UUID id) {
    return store.find(id);
  }

  @Override
  @Transactional(readOnly = true)
  public Device get(UUID id) {
    Actor.current().requireStaff();
    return find(id).orElseThrow(() -> AtriumException.notFound("Device", id));
  }

  @Override
  @Transactional
  public Device update(UUID id, DeviceDraft draft) {
    get(id);
    check(draft);
    write(() -> store.update(id, draft));
    return get(id);
  }

  @Override
  @Transactional
  public IssuedSecret rotateSecret(UUID id) {
    Device device = get(id);
    if (!device.active()) {
      throw AtriumException.conflict("device-retired", "A retired device gets no new secret.");
    }
    String secret = newSecret();
    store.setSecret(id, sha256(secret));
    return new IssuedSecret(device, secret);
  }

  @Override
  @Transactional
  public Device retire(UUID id) {
    get(id);
    store.retire(id);
    return get(id);
  }

  private void check(DeviceDraft d) {
    checks.valid(d);
    if (locations.find(d.locationId()).isEmpty()) {
      throw AtriumException.invalid("locationId", "no such location");
    }
    if (d.defaultServiceId() != null) {
      AddOn service =
          catalogue
              .find(d.defaultServiceId())
              .orElseThrow(() -> AtriumException.invalid("defaultServiceId", "no such service"));
      if (!service.active()) {
        throw AtriumException.invalid("defaultServiceId", "the service is archived");
      }
    }
  }

  private static void write(Runnable write) {
    try {
      write.run();
    } catch (DataIntegrityViolationException e) {
      throw switch (Checks.constraint(e)) {
        case "service_device_location_fk" ->
            AtriumException.invalid("locationId", "no such location");
        case "service_device_service_fk" ->
            AtriumException.invalid("defaultServiceId", "no such service");
        default -> e;
      };
    }
  }

  private String newSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
