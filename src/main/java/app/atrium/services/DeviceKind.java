package app.atrium.services;

/** What a metering device is. */
public enum DeviceKind {
  PRINTER,
  COFFEE_MACHINE,
  OTHER
}
