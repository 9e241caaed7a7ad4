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

  /** The payer's name and details, or a 422 naming the field when there is no such payer. */
  Snapshot of(Payer payer) {
    return switch (payer.type()) {
      case MEMBER -> {
        Member m =
            members
                .find(payer.id())
                .orElseThrow(() -> AtriumException.invalid("memberId", "no such member"));
        var details = new ArrayList<String>();
        if (m.companyName() != null) details.add(m.companyName());
        if (m.phone() != null && !m.phone().isBlank()) details.add(m.phone());
        yield new Snapshot(m.fullName(), String.join("\n", details), m.email());
      }
      case COMPANY -> {
        Company c =
            companies
                .find(payer.id())
                .orElseThrow(() -> AtriumException.invalid("companyId", "no such company"));
        List<String> details = new ArrayList<>();
        if (c.legalName() != null && !c.legalName().isBlank() && !c.legalName().equals(c.name())) {
          details.add(c.legalName());
        }
        if (c.taxId() != null && !c.taxId().isBlank()) details.add("BIN " + c.taxId());
        if (c.address() != null && !c.address().isBlank()) details.add(c.address());
        yield new Snapshot(c.name(), String.join("\n", details), c.email());
      }
    };
  }
}
