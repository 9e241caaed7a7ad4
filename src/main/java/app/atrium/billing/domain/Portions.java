package app.atrium.billing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes an amount from portions in their order (a payment's credit, then the invoices it paid; the
 * oldest credit first): how a refund, a credit note's excess or a credit application is split.
 */
public final class Portions {

  private Portions() {}

  /** A piece of money available under {@code key}. */
  public record Portion<K>(K key, BigDecimal available) {}

  /** What is taken from which portion to make up {@code amount}, or as much as there is. */
  public static <K> List<Portion<K>> take(List<Portion<K>> portions, BigDecimal amount) {
    var taken = new ArrayList<Portion<K>>();
    BigDecimal left = amount;
    for (Portion<K> p : portions) {
      if (left.signum() <= 0) break;
      if (p.available().signum() <= 0) continue;
      BigDecimal part = p.available().min(left);
      taken.add(new Portion<>(p.key(), part));
      left = left.subtract(part);
    }
    return taken;
  }

  public static <K> BigDecimal sum(List<Portion<K>> portions) {
    return portions.stream().map(Portion::available).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
