package app.atrium.booking.web;

import app.atrium.platform.money.Money;
import app.atrium.services.AddOn;
import app.atrium.services.AddOnUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** An extra a booking screen offers to tick: its code, name, unit and price read as money. */
public record ExtraOffer(String code, String name, AddOnUnit unit, String price) {

  static List<ExtraOffer> of(List<AddOn> offered, Locale locale) {
    return offered.stream()
        .map(
            s ->
                new ExtraOffer(
                    s.code(),
                    s.name(),
                    s.unit(),
                    Money.of(s.price(), Currency.getInstance(s.currency())).format(locale)))
        .toList();
  }
}
