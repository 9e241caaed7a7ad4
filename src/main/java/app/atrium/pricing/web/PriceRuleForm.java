package app.atrium.pricing.web;

import app.atrium.platform.web.AtriumException;
import app.atrium.pricing.PriceRule;
import app.atrium.pricing.PriceRuleDraft;
import app.atrium.pricing.RateUnit;
import app.atrium.pricing.RuleKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The price rule form, a mutable mirror of {@link PriceRuleDraft}: {@code scope} is "type:ID" or
 * "resource:ID"; numbers are typed the way people type them ("5 000", "12,5").
 */
public class PriceRuleForm {

  private String scope = "";
  private RuleKind kind = RuleKind.RATE;
  private String label = "";
  private String amount = "";
  private RateUnit unit = RateUnit.HOUR;
  private String percent = "";
  private List<Integer> weekdays = new ArrayList<>();
  private String from = "";
  private String to = "";
  private String validFrom = "";
  private String validTo = "";

  static PriceRuleForm of(PriceRule r) {
    var f = new PriceRuleForm();
    f.scope = r.resourceId() != null ? "resource:" + r.resourceId() : "type:" + r.resourceTypeId();
    f.kind = r.kind();
    f.label = r.label();
    f.amount = r.amount() == null ? "" : r.amount().stripTrailingZeros().toPlainString();
    f.unit = r.unit() == null ? RateUnit.HOUR : r.unit();
    f.percent = r.percent() == null ? "" : r.percent().stripTrailingZeros().toPlainString();
    f.weekdays = r.weekdays() == null ? new ArrayList<>() : new ArrayList<>(r.weekdays());
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    f.from = r.from() == null ? "" : r.from().format(hhmm);
    f.to = r.to() == null ? (r.banded() ? "24:00" : "") : r.to().format(hhmm);
    f.validFrom = r.validFrom() == null ? "" : r.validFrom().toString();
    f.validTo = r.validTo() == null ? "" : r.validTo().toString();
    return f;
  }

  PriceRuleDraft toDraft() {
    UUID type = null;
    UUID resource = null;
    if (scope.startsWith("type:")) type = uuid(scope.substring(5));
    else if (scope.startsWith("resource:")) resource = uuid(scope.substring(9));
    boolean rate = kind == RuleKind.RATE;
    return new PriceRuleDraft(
        type,
        resource,
        kind,
        label,
        rate ? number("amount", amount) : null,
        rate ? unit : null,
        rate ? null : number("percent", percent),
        weekdays == null || weekdays.isEmpty() ? null : weekdays,
        blank(from),
        blank(to),
        date("validFrom", validFrom),
        date("validTo", validTo));
  }

  private static UUID uuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw AtriumException.invalid("scope", "choose a resource type or a resource");
    }
  }

  private static BigDecimal number(String field, String text) {
    String t = text == null ? "" : text.replace("\u00a0", "").replace(" ", "").replace(',', '.');
    if (t.isEmpty()) return null;
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw AtriumException.invalid(field, "is not a number");
    }
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw AtriumException.invalid(field, "use a date like 2026-12-31");
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public RuleKind getKind() {
    return kind;
  }

  public void setKind(RuleKind kind) {
    this.kind = kind;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public RateUnit getUnit() {
    return unit;
  }

  public void setUnit(RateUnit unit) {
    this.unit = unit;
  }

  public String getPercent() {
    return percent;
  }

  public void setPercent(String percent) {
    this.percent = percent;
  }

  public List<Integer> getWeekdays() {
    return weekdays;
  }

  public void setWeekdays(List<Integer> weekdays) {
    this.weekdays = weekdays;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(String validFrom) {
    this.validFrom = validFrom;
  }

  public String getValidTo() {
    return validTo;
  }

  public void setValidTo(String validTo) {
    this.validTo = validTo;
  }
}
