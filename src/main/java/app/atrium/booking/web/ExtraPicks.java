package app.atrium.booking.web;

import app.atrium.platform.web.AtriumException;
import app.atrium.services.ExtraChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The extras ticked on a booking screen: the codes ticked ({@code extra}, one checkbox each) and a
 * quantity per code ({@code quantities[CODE]}, 1 when left empty).
 */
public class ExtraPicks {

  private List<String> extra = new ArrayList<>();
  private Map<String, String> quantities = new LinkedHashMap<>();

  /** The extras as a booking or a quote asks for them, each code once. */
  List<ExtraChoice> choices() {
    var codes = new LinkedHashSet<String>();
    for (String code : extra) {
      if (code != null && !code.isBlank()) codes.add(code.strip());
    }
    List<ExtraChoice> choices = new ArrayList<>();
    for (String code : codes) choices.add(new ExtraChoice(code, quantity(code)));
    return choices;
  }

  /** The quantity typed for a ticked extra; a 422 on "extras" when it is not a whole number. */
  private int quantity(String code) {
    try {
      return Integer.parseInt(quantityOf(code));
    } catch (NumberFormatException e) {
      throw AtriumException.invalid(
          "extras",
          "give how many of " + code + " as a whole number from 1 to " + ExtraChoice.MAX_QUANTITY);
    }
  }

  /** Whether {@code code} is ticked. */
  public boolean ticked(String code) {
    return extra.contains(code);
  }

  /** The quantity typed for {@code code}, 1 when none. */
  public String quantityOf(String code) {
    String typed = quantities.get(code);
    return typed == null || typed.isBlank() ? "1" : typed.strip();
  }

  /** The picks as hidden fields carry them on: code and quantity of each ticked extra. */
  public Map<String, String> picked() {
    var picked = new LinkedHashMap<String, String>();
    for (String code : extra) {
      if (code != null && !code.isBlank()) picked.put(code, quantityOf(code));
    }
    return picked;
  }

  public List<String> getExtra() {
    return extra;
  }

  public void setExtra(List<String> extra) {
    this.extra = extra == null ? new ArrayList<>() : new ArrayList<>(extra);
  }

  public Map<String, String> getQuantities() {
    return quantities;
  }

  public void setQuantities(Map<String, String> quantities) {
    this.quantities = quantities == null ? new LinkedHashMap<>() : quantities;
  }
}
