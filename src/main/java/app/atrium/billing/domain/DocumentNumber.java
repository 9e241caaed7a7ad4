package app.atrium.billing.domain;

/**
 * How invoice and credit note numbers read: prefix, year, and the year's sequence, e.g.
 * INV-2027-000001.
 */
public final class DocumentNumber {

  private DocumentNumber() {}

  public static String format(String prefix, int year, int sequence) {
    return String.format("%s-%d-%06d", prefix, year, sequence);
  }
}
