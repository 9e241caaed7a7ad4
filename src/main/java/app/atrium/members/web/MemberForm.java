package app.atrium.members.web;

import app.atrium.members.Member;
import app.atrium.members.MemberDraft;
import app.atrium.platform.web.AtriumException;
import java.util.Arrays;
import java.util.UUID;

/** The member form as typed: tags comma-separated, the company chosen from a list. */
public class MemberForm {

  private String firstName = "";
  private String lastName = "";
  private String email = "";
  private String phone = "";
  private String companyId = "";
  private boolean billedToCompany;
  private String tags = "";

  static MemberForm of(Member m) {
    var f = new MemberForm();
    f.firstName = m.firstName();
    f.lastName = m.lastName();
    f.email = m.email() == null ? "" : m.email();
    f.phone = m.phone();
    f.companyId = m.companyId() == null ? "" : m.companyId().toString();
    f.billedToCompany = m.billedToCompany();
    f.tags = String.join(", ", m.tags());
    return f;
  }

  MemberDraft toDraft() {
    UUID company = null;
    if (companyId != null && !companyId.isBlank()) {
      try {
        company = UUID.fromString(companyId.strip());
      } catch (IllegalArgumentException e) {
        throw AtriumException.invalid("companyId", "choose a company from the list");
      }
    }
    var tagList =
        tags == null
            ? java.util.List.<String>of()
            : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    return new MemberDraft(
        strip(firstName),
        strip(lastName),
        strip(email),
        strip(phone),
        company,
        billedToCompany,
        tagList);
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
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

  public String getCompanyId() {
    return companyId;
  }

  public void setCompanyId(String companyId) {
    this.companyId = companyId;
  }

  public boolean isBilledToCompany() {
    return billedToCompany;
  }

  public void setBilledToCompany(boolean billedToCompany) {
    this.billedToCompany = billedToCompany;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }
}
