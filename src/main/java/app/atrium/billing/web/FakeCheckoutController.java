package app.atrium.billing.web;

import app.atrium.billing.application.OnlinePayments;
import app.atrium.billing.application.OnlinePayments.FakeCheckout;
import app.atrium.billing.payments.fake.FakeCards;
import app.atrium.platform.money.Money;
import app.atrium.platform.web.AtriumException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The demo's card page: where a member "pays" a fake checkout with a test card. */
@Controller
class FakeCheckoutController {

  private final OnlinePayments online;

  FakeCheckoutController(OnlinePayments online) {
    this.online = online;
  }

  @GetMapping("/portal/billing/pay/{attemptId}")
  String page(@PathVariable UUID attemptId, Model model, Locale locale) {
    show(online.fakeCheckout(attemptId), model, locale);
    return "billing/pay";
  }

  @PostMapping("/portal/billing/pay/{attemptId}")
  String pay(
      @PathVariable UUID attemptId,
      @RequestParam(defaultValue = "") String cardNumber,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    String outcome;
    try {
      outcome =
          switch (online.payFake(attemptId, cardNumber)) {
            case PAID -> "paid";
            case DECLINED -> "declined";
            case NOT_A_TEST_CARD -> "unknown";
          };
    } catch (AtriumException e) {
      if (e.status().value() == 404) throw e;
      outcome = "finished";
    }
    if (!outcome.equals("paid")) response.setStatus(HttpServletResponse.SC_PAYMENT_REQUIRED);
    model.addAttribute("outcome", outcome);
    model.addAttribute("cardNumber", outcome.equals("paid") ? "" : cardNumber);
    show(online.fakeCheckout(attemptId), model, locale);
    return "billing/pay";
  }

  private static void show(FakeCheckout c, Model model, Locale locale) {
    model.addAttribute("checkout", c);
    model.addAttribute(
        "amount",
        Money.of(c.amount(), Currency.getInstance(c.invoice().currency())).format(locale));
    model.addAttribute("open", "OPEN".equals(c.status()));
    model.addAttribute("testCard", FakeCards.PAYS);
  }
}
