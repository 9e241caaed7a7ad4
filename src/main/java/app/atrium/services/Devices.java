package app.atrium.services;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff's register of metering devices. Each call is one transaction, or joins the caller's. */
public interface Devices {

  /** Registers a device and issues its secret (shown once; only a hash is kept). */
  IssuedSecret register(DeviceDraft draft);

  List<Device> list();

  Optional<Device> find(UUID id);

  /** The device, or a 404 problem. */
  Device get(UUID id);

  Device update(UUID id, DeviceDraft draft);

  /** Replaces the device's secret: the old one stops working at once. */
  IssuedSecret rotateSecret(UUID id);

  /** Retires a device: its secret stops working; what it reported stays. */
  Device retire(UUID id);
}
