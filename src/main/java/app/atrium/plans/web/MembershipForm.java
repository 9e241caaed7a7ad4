package app.atrium.plans.web;

/** The new-membership form as typed, kept as entered so a refused form comes back unchanged. */
public class MembershipForm {

  private String planId = "";
  private String locationId = "";
  private String startsOn = "";
  private String term = "";
  private boolean prepaid;
  private String price = "";
  private String priceNote = "";
  private boolean autopay;
  private String workspace = "";

  public String getPlanId() {
    return planId;
  }

  public void setPlanId(String planId) {
    this.planId = planId;
  }

  public String getLocationId() {
    return locationId;
  }

  public void setLocationId(String locationId) {
    this.locationId = locationId;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = startsOn;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String term) {
    this.term = term;
  }

  public boolean isPrepaid() {
    return prepaid;
  }

  public void setPrepaid(boolean prepaid) {
    this.prepaid = prepaid;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public String getPriceNote() {
    return priceNote;
  }

  public void setPriceNote(String priceNote) {
    this.priceNote = priceNote;
  }

  public boolean isAutopay() {
    return autopay;
  }

  public void setAutopay(boolean autopay) {
    this.autopay = autopay;
  }

  public String getWorkspace() {
    return workspace;
  }

  public void setWorkspace(String workspace) {
    this.workspace = workspace;
  }
}
