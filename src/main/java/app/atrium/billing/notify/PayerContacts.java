package app.atrium.billing.notify;

import app.atrium.billing.Payer;
import app.atrium.members.Companies;
import app.atrium.members.Company;
import app.atrium.members.Member;
import app.atrium.members.MemberQuery;
import app.atrium.members.MemberStatus;
import app.atrium.members.Members;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Whom billing writes to about a payer's invoices and payments. A member: herself. A company: its
 * billing email when it has one (kept in the history of the first of its people it pays for, by
 * name), otherwise each of its active people it pays for who has an email. Every message to a
 * member is kept in her communication history, so a company with nobody billed to it gets none.
 */
@Component
public class PayerContacts {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

  private final Members members;
  private final Companies companies;

  PayerContacts(Members members, Companies companies) {
    this.members = members;
    this.companies = companies;
  }

  /**
   * Someone to write to: the member whose history keeps the message, the name to greet, the
   * address.
   */
  public record Recipient(UUID memberId, String name, String address) {}

  public List<Recipient> of(Payer payer) {
    return switch (payer.type()) {
      case MEMBER ->
          members
              .find(payer.id())
              .filter(m -> usable(m.email()))
              .map(m -> List.of(new Recipient(m.id(), m.firstName(), m.email())))
              .orElse(List.of());
      case COMPANY -> ofCompany(payer.id());
    };
  }

  private List<Recipient> ofCompany(UUID companyId) {
    Company company = companies.find(companyId).orElse(null);
    if (company == null) return List.of();
    List<Member> billed = new ArrayList<>();
    int offset = 0;
    while (true) {
      var page =
          members.search(
              new MemberQuery(
                  null, companyId, null, MemberStatus.ACTIVE, MemberQuery.MAX_LIMIT, offset));
      page.items().stream().filter(Member::billedToCompany).forEach(billed::add);
      offset += page.items().size();
      if (page.items().isEmpty() || offset >= page.total()) break;
    }
    billed.sort(Comparator.comparing(Member::lastName).thenComparing(Member::firstName));
    if (billed.isEmpty()) return List.of();
    if (usable(company.email())) {
      return List.of(new Recipient(billed.getFirst().id(), company.name(), company.email()));
    }
    return billed.stream()
        .filter(m -> usable(m.email()))
        .map(m -> new Recipient(m.id(), m.firstName(), m.email()))
        .toList();
  }

  private static boolean usable(String email) {
    return email != null && email.length() <= 254 && EMAIL.matcher(email.strip()).matches();
  }
}
