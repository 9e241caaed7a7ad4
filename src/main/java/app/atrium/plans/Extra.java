package app.atrium.plans;

/** A service included in a plan's price. */
public enum Extra {
  LOCKER,
  LEGAL_ADDRESS,
  MAIL_HANDLING,
  PARCEL_RECEPTION,
  BUSINESS_ADDRESS
}
