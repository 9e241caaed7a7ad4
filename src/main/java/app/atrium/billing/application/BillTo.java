package app.atrium.billing.application;

import app.atrium.billing.Payer;
import app.atrium.members.Companies;
import app.atrium.members.Company;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who an invoice is addressed to, as the payer is at issue: kept on the invoice unchanged. */
@Component
class BillTo {

  private final Members members;
  private final Companies companies;

  BillTo(Members members, Companies companies) {
    this.members = members;
    this.companies = companies;
  }

  record Snapshot(String name, String details, String email) {}

  /**
   * The same for many payers at once (one query for the members): what a batch of the invoice run
   * needs. Unknown payers are left out.
   */
  java.util.Map<app.atrium.billing.Payer, Snapshot> ofAll(java.util.Collection<Payer> payers) {
    java.util.Map<Payer, Snapshot> out = new java.util.HashMap<>();
    List<java.util.UUID> memberIds =
        payers.stream().map(Payer::memberId).filter(java.util.Objects::nonNull).toList();
    for (Member m : members.getAll(memberIds)) out.put(Payer.member(m.id()), member(m));
    for (Payer p : payers) {
      if (p.type() == Payer.PayerType.COMPANY)
        companies.find(p.id()).ifPresent(c -> out.put(p, company(c)));
    }
    return out;
  }

  /** The payer's name and details, or a 422 naming the field when there is no such payer. */
  Snapshot of(Payer payer) {
    return switch (payer.type()) {
      case MEMBER -> {
        Member m =
            members
                .find(payer.id())
                .orElseThrow(() -> AtriumException.invalid("memberId", "no such member"));
        yield member(m);
      }
      case COMPANY -> {
        Company c =
            companies
                .find(payer.id())
                .orElseThrow(() -> AtriumException.invalid("companyId", "no such company"));
        yield company(c);
      }
    };
  }

  private static Snapshot member(Member m) {
    var details = new ArrayList<String>();
    if (m.companyName() != null) details.add(m.companyName());
    if (m.phone() != null && !m.phone().isBlank()) details.add(m.phone());
    return new Snapshot(m.fullName(), String.join("\n", details), m.email());
  }

  private static Snapshot company(Company c) {
    List<String> details = new ArrayList<>();
    if (c.legalName() != null && !c.legalName().isBlank() && !c.legalName().equals(c.name())) {
      details.add(c.legalName());
    }
    if (c.taxId() != null && !c.taxId().isBlank()) details.add("BIN " + c.taxId());
    if (c.address() != null && !c.address().isBlank()) details.add(c.address());
    return new Snapshot(c.name(), String.join("\n", details), c.email());
  }
}
