package app.atrium.services;

/**
 * A device with its new secret, the only time the secret is seen: the device sends {@code
 * Authorization: Device <id>:<secret>} (see {@link #authorization()}).
 */
public record IssuedSecret(Device device, String secret) {

  /** The header value the device sends with each report. */
  public String authorization() {
    return "Device " + device.id() + ":" + secret;
  }
}
