package app.atrium.members.web;

import app.atrium.members.Company;
import app.atrium.members.CompanyDraft;

/** The company form as typed. */
public class CompanyForm {

  private String name = "";
  private String legalName = "";
  private String taxId = "";
  private String email = "";
  private String phone = "";
  private String address = "";
  private String notes = "";

  static CompanyForm of(Company c) {
    var f = new CompanyForm();
    f.name = c.name();
    f.legalName = c.legalName();
    f.taxId = c.taxId();
    f.email = c.email();
    f.phone = c.phone();
    f.address = c.address();
    f.notes = c.notes();
    return f;
  }

  CompanyDraft toDraft() {
    return new CompanyDraft(
        strip(name),
        strip(legalName),
        strip(taxId),
        strip(email),
        strip(phone),
        strip(address),
        strip(notes));
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getTaxId() {
    return taxId;
  }

  public void setTaxId(String taxId) {
    this.taxId = taxId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
