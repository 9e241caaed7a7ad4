package app.atrium.services.web;

import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;

/** Numbers as people type them in forms: "5 000", "12,5". */
final class Numbers {

  private Numbers() {}

  /** The number typed into {@code field}, null when left empty; a 422 when it is not one. */
  static BigDecimal parse(String field, String text) {
    String t = text == null ? "" : text.replace("\u00a0", "").replace(" ", "").replace(',', '.');
    if (t.isEmpty()) return null;
    if (t.length() > 30) throw AtriumException.invalid(field, "is not a number");
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw AtriumException.invalid(field, "is not a number");
    }
  }

  /** A number as a form shows it again: "20", "1.5". */
  static String plain(BigDecimal n) {
    return n == null ? "" : n.stripTrailingZeros().toPlainString();
  }
}
