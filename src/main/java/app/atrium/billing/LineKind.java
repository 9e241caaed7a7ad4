package app.atrium.billing;

/** What an invoice line charges or credits. */
public enum LineKind {
  /** The membership fee for a period, in advance (prorated for a partial month). */
  MEMBERSHIP,
  /** A recurring add-on of a membership (a locker, a business address). */
  ADDON,
  /** Meeting-room hours beyond the plan's allowance, in arrears. */
  ROOM_OVERAGE,
  /** Paid bookings of resources that do not draw on included hours (a studio), in arrears. */
  BOOKING,
  /** Paid services added by staff (printing, premium coffee, parcels). */
  SERVICE,
  /** Usage reported by devices (printer pages, coffee machine drinks). */
  DEVICE,
  /** Extras booked with a room (a projector). */
  BOOKING_EXTRA,
  /** Usage of an earlier, already invoiced month that arrived late. */
  LATE_USAGE,
  /** Days of a frozen membership already invoiced: a credit, never positive. */
  FREEZE_CREDIT,
  /** Any other single charge. */
  ONE_OFF,
  /** A reduction, never positive. */
  DISCOUNT,
  /** The tax added to tax-exclusive prices; computed, never entered. */
  TAX;

  /** Whether lines of this kind take money off (their amounts are zero or negative). */
  public boolean reduces() {
    return this == FREEZE_CREDIT || this == DISCOUNT;
  }
}
