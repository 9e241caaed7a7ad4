package app.atrium.plans;

/**
 * A recurring service: included in a plan's price, or added to a membership at a monthly price of
 * its own.
 */
public enum Extra {
  LOCKER,
  LEGAL_ADDRESS,
  MAIL_HANDLING,
  PARCEL_RECEPTION,
  BUSINESS_ADDRESS,
  PARKING
}
