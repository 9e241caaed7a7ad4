package app.atrium.plans.web;

import app.atrium.plans.AccessSchedule;
import app.atrium.plans.Allowance;
import app.atrium.plans.AllowanceKind;
import app.atrium.plans.AllowancePool;
import app.atrium.plans.Extra;
import app.atrium.plans.LocationAccess;
import app.atrium.plans.Plan;
import app.atrium.plans.PlanDraft;
import app.atrium.plans.PlanPeriod;
import app.atrium.plans.Workplace;
import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.AtriumException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * The plan form as typed: text kept as entered so a refused form comes back unchanged; one quantity
 * box and one "unlimited" tick per allowance kind (empty: none included).
 */
public class PlanForm {

  private String code = "";
  private String name = "";
  private String description = "";
  private String price = "";
  private boolean priceFrom;
  private String period = PlanPeriod.MONTH.name();
  private String workplace = Workplace.ANY_DESK.name();
  private Map<String, String> quantities = new LinkedHashMap<>();
  private List<String> unlimited = new ArrayList<>();
  private List<String> extras = new ArrayList<>();
  private String bookingDiscountPercent = "0";
  private String locationAccess = LocationAccess.HOME.name();
  private String accessSchedule = AccessSchedule.OPENING_HOURS.name();
  private String freezeFeePerDay = "0";
  private boolean canBookDesks = true;
  private boolean canBookRooms = true;
  private String sortOrder = "";
  private String allowancePool = AllowancePool.MEMBER.name();
  private boolean rollover;

  static PlanForm empty() {
    return new PlanForm();
  }

  static PlanForm of(Plan p) {
    var f = new PlanForm();
    f.code = p.code();
    f.name = p.name();
    f.description = p.description();
    f.price = plain(p.price().amount());
    f.priceFrom = p.priceFrom();
    f.period = p.period().name();
    f.workplace = p.workplace().name();
    for (Allowance a : p.allowances()) {
      if (a.limitless()) f.unlimited.add(a.kind().name());
      else f.quantities.put(a.kind().name(), plain(a.quantity()));
    }
    p.extras().forEach(e -> f.extras.add(e.name()));
    f.bookingDiscountPercent = plain(p.bookingDiscountPercent());
    f.locationAccess = p.locationAccess().name();
    f.accessSchedule = p.accessSchedule().name();
    f.freezeFeePerDay = plain(p.freezeFeePerDay().amount());
    f.canBookDesks = p.canBookDesks();
    f.canBookRooms = p.canBookRooms();
    f.sortOrder = String.valueOf(p.sortOrder());
    f.allowancePool = p.allowancePool().name();
    f.rollover = p.rollover();
    return f;
  }

  /** The draft, or a refusal naming every field that is not a number where one is needed. */
  PlanDraft toDraft() {
    List<FieldProblem> problems = new ArrayList<>();
    BigDecimal priceValue = number("price", price, true, problems);
    BigDecimal discount = number("bookingDiscountPercent", bookingDiscountPercent, false, problems);
    BigDecimal freezeFee = number("freezeFeePerDay", freezeFeePerDay, false, problems);
    BigDecimal order = number("sortOrder", sortOrder, false, problems);
    if (order != null && order.stripTrailingZeros().scale() > 0) {
      problems.add(new FieldProblem("sortOrder", "must be a whole number"));
    }
    List<String> unlimited = this.unlimited == null ? List.of() : this.unlimited;
    List<String> extras = this.extras == null ? List.of() : this.extras;
    Map<String, String> quantities = this.quantities == null ? Map.of() : this.quantities;
    List<Allowance> allowances = new ArrayList<>();
    for (AllowanceKind kind : AllowanceKind.values()) {
      if (unlimited.contains(kind.name())) {
        allowances.add(Allowance.unlimitedOf(kind));
        continue;
      }
      BigDecimal q =
          number("allowance." + kind.name(), quantities.get(kind.name()), false, problems);
      if (q == null || q.signum() == 0) continue;
      if (q.signum() < 0)
        problems.add(new FieldProblem("allowance." + kind.name(), "must be positive"));
      else if (kind.wholeUnits() && q.stripTrailingZeros().scale() > 0) {
        problems.add(new FieldProblem("allowance." + kind.name(), "must be a whole number"));
      } else allowances.add(Allowance.of(kind, q));
    }
    Set<Extra> extraSet = EnumSet.noneOf(Extra.class);
    for (Extra e : Extra.values()) if (extras.contains(e.name())) extraSet.add(e);
    if (!problems.isEmpty()) {
      throw new AtriumException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "validation",
          String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()),
          problems);
    }
    return new PlanDraft(
        code == null ? null : code.trim().toUpperCase(Locale.ROOT),
        name,
        description,
        priceValue,
        priceFrom,
        parse(PlanPeriod.class, period),
        parse(Workplace.class, workplace),
        allowances,
        extraSet,
        discount,
        parse(LocationAccess.class, locationAccess),
        parse(AccessSchedule.class, accessSchedule),
        freezeFee,
        canBookDesks,
        canBookRooms,
        order == null ? null : order.intValue(),
        parse(AllowancePool.class, allowancePool),
        rollover);
  }

  /** 85000.00 as "85000", 1.50 as "1.5". */
  private static String plain(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** "85 000", "85000,50" and "85000.50" are all numbers; empty is null. */
  private static BigDecimal number(
      String field, String text, boolean required, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      if (required) problems.add(new FieldProblem(field, "is required"));
      return null;
    }
    String plain = text.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
    try {
      if (plain.length() > 30) throw new NumberFormatException();
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "must be a number"));
      return null;
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) if (e.name().equals(value)) return e;
    return null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public boolean isPriceFrom() {
    return priceFrom;
  }

  public void setPriceFrom(boolean priceFrom) {
    this.priceFrom = priceFrom;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getWorkplace() {
    return workplace;
  }

  public void setWorkplace(String workplace) {
    this.workplace = workplace;
  }

  public Map<String, String> getQuantities() {
    return quantities;
  }

  public void setQuantities(Map<String, String> quantities) {
    this.quantities = quantities;
  }

  public List<String> getUnlimited() {
    return unlimited;
  }

  public void setUnlimited(List<String> unlimited) {
    this.unlimited = unlimited;
  }

  public List<String> getExtras() {
    return extras;
  }

  public void setExtras(List<String> extras) {
    this.extras = extras;
  }

  public String getBookingDiscountPercent() {
    return bookingDiscountPercent;
  }

  public void setBookingDiscountPercent(String v) {
    this.bookingDiscountPercent = v;
  }

  public String getLocationAccess() {
    return locationAccess;
  }

  public void setLocationAccess(String locationAccess) {
    this.locationAccess = locationAccess;
  }

  public String getAccessSchedule() {
    return accessSchedule;
  }

  public void setAccessSchedule(String accessSchedule) {
    this.accessSchedule = accessSchedule;
  }

  public String getFreezeFeePerDay() {
    return freezeFeePerDay;
  }

  public void setFreezeFeePerDay(String freezeFeePerDay) {
    this.freezeFeePerDay = freezeFeePerDay;
  }

  public boolean isCanBookDesks() {
    return canBookDesks;
  }

  public void setCanBookDesks(boolean canBookDesks) {
    this.canBookDesks = canBookDesks;
  }

  public boolean isCanBookRooms() {
    return canBookRooms;
  }

  public void setCanBookRooms(boolean canBookRooms) {
    this.canBookRooms = canBookRooms;
  }

  public String getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(String sortOrder) {
    this.sortOrder = sortOrder;
  }

  public String getAllowancePool() {
    return allowancePool;
  }

  public void setAllowancePool(String allowancePool) {
    this.allowancePool = allowancePool;
  }

  public boolean isRollover() {
    return rollover;
  }

  public void setRollover(boolean rollover) {
    this.rollover = rollover;
  }
}
