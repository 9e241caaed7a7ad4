package app.atrium.services.web;

import app.atrium.plans.AllowanceKind;
import app.atrium.services.AddOn;
import app.atrium.services.AddOnDraft;
import app.atrium.services.AddOnUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The service form, a mutable mirror of {@link AddOnDraft}; the price typed as people type it. */
public class AddOnForm {

  private String code = "";
  private String name = "";
  private AddOnUnit unit = AddOnUnit.PIECE;
  private String price = "";
  private AllowanceKind allowanceKind;
  private List<UUID> includedPlanIds = new ArrayList<>();
  private Integer sortOrder;
  private boolean bookingExtra;

  static AddOnForm of(AddOn s) {
    var f = new AddOnForm();
    f.code = s.code();
    f.name = s.name();
    f.unit = s.unit();
    f.price = Numbers.plain(s.price());
    f.allowanceKind = s.allowanceKind();
    f.includedPlanIds = new ArrayList<>(s.includedPlanIds());
    f.sortOrder = s.sortOrder();
    f.bookingExtra = s.bookingExtra();
    return f;
  }

  AddOnDraft toDraft() {
    return new AddOnDraft(
        code == null ? null : code.strip().toUpperCase(Locale.ROOT),
        name,
        unit,
        Numbers.parse("price", price),
        allowanceKind,
        includedPlanIds == null ? null : new LinkedHashSet<>(includedPlanIds),
        sortOrder,
        bookingExtra);
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

  public AddOnUnit getUnit() {
    return unit;
  }

  public void setUnit(AddOnUnit unit) {
    this.unit = unit;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public AllowanceKind getAllowanceKind() {
    return allowanceKind;
  }

  public void setAllowanceKind(AllowanceKind allowanceKind) {
    this.allowanceKind = allowanceKind;
  }

  public List<UUID> getIncludedPlanIds() {
    return includedPlanIds;
  }

  public void setIncludedPlanIds(List<UUID> includedPlanIds) {
    this.includedPlanIds = includedPlanIds;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isBookingExtra() {
    return bookingExtra;
  }

  public void setBookingExtra(boolean bookingExtra) {
    this.bookingExtra = bookingExtra;
  }
}
