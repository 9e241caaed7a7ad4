package app.atrium.billing.payments.fake;

/**
 * The demo's test cards, as Stripe's test mode has them: 4242 4242 4242 4242 pays, 4000 0000 0000
 * 0002 is declined; any other number is not a test card.
 */
public final class FakeCards {

  public static final String PAYS = "4242424242424242";
  public static final String DECLINED = "4000000000000002";
  public static final String DECLINED_MESSAGE = "Your card was declined.";

  private FakeCards() {}

  /** What a card number typed on the page does. */
  public enum Outcome {
    PAID,
    DECLINED,
    NOT_A_TEST_CARD
  }

  public static Outcome outcome(String typed) {
    String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
    if (digits.equals(PAYS)) return Outcome.PAID;
    if (digits.equals(DECLINED)) return Outcome.DECLINED;
    return Outcome.NOT_A_TEST_CARD;
  }

  /** The saved method's id for a card that paid or was typed. */
  public static String methodRef(String typed) {
    return "fake_pm_" + last4(typed);
  }

  public static String last4(String typed) {
    String digits = typed.replaceAll("[\\s-]", "");
    return digits.substring(digits.length() - 4);
  }

  static Outcome outcomeOfSaved(String methodRef) {
    if (methodRef.equals("fake_pm_4242")) return Outcome.PAID;
    if (methodRef.equals("fake_pm_0002")) return Outcome.DECLINED;
    return Outcome.NOT_A_TEST_CARD;
  }
}
