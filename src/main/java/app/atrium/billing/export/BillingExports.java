package app.atrium.billing.export;

import app.atrium.billing.export.ExportStore.PaymentRow;
import app.atrium.members.Companies;
import app.atrium.members.Company;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounting exports of a range of months, by the documents' own dates: invoices by issue date,
 * payments by the day the money was received, credit notes by issue date. Drafts are never
 * exported. One CSV file each; see {@link Csv} for the format.
 */
@Service
public class BillingExports {

  /** The longest range one export covers. */
  public static final int MAX_MONTHS = 36;

  private final ExportStore store;
  private final Members members;
  private final Companies companies;

  BillingExports(ExportStore store, Members members, Companies companies) {
    this.store = store;
    this.members = members;
    this.companies = companies;
  }

  /** A file to download. */
  public record Export(String filename, byte[] content) {}

  /** Which export. */
  public enum Kind {
    INVOICES("invoices"),
    PAYMENTS("payments"),
    CREDIT_NOTES("credit-notes");

    final String file;

    Kind(String file) {
      this.file = file;
    }
  }

  @Transactional(readOnly = true)
  public Export export(Kind kind, YearMonth from, YearMonth to, String separator) {
    if (from == null) throw AtriumException.invalid("from", "give the first month, e.g. 2027-01");
    YearMonth until = to == null ? from : to;
    if (until.isBefore(from)) throw AtriumException.invalid("to", "must not be before 'from'");
    if (ChronoUnit.MONTHS.between(from, until) >= MAX_MONTHS) {
      throw AtriumException.invalid("to", "export at most " + MAX_MONTHS + " months at once");
    }
    char sep =
        switch (separator == null ? "comma" : separator) {
          case "comma", "," -> ',';
          case "semicolon", ";" -> ';';
          default -> throw AtriumException.invalid("separator", "use comma or semicolon");
        };
    Csv csv = new Csv(sep);
    var first = from.atDay(1);
    var last = until.atEndOfMonth();
    switch (kind) {
      case INVOICES -> invoices(csv, store.invoices(first, last));
      case PAYMENTS -> payments(csv, store.payments(first, last));
      case CREDIT_NOTES -> creditNotes(csv, store.creditNotes(first, last));
    }
    String name = kind.file + "-" + from + (until.equals(from) ? "" : "-" + until) + ".csv";
    return new Export(name, csv.bytes());
  }

  private static void invoices(Csv csv, List<ExportStore.InvoiceRow> rows) {
    csv.row(
        "number",
        "issue_date",
        "due_date",
        "period",
        "kind",
        "status",
        "payer_type",
        "payer_id",
        "payer_name",
        "payer_details",
        "payer_email",
        "currency",
        "subtotal",
        "tax",
        "total",
        "paid",
        "credited",
        "amount_due");
    for (var r : rows) {
      csv.row(
          r.number(),
          r.issueDate(),
          r.dueDate(),
          YearMonth.from(r.period()),
          r.kind(),
          r.status(),
          r.memberId() != null ? "MEMBER" : "COMPANY",
          r.memberId() != null ? r.memberId() : r.companyId(),
          r.name(),
          r.details(),
          r.email(),
          r.currency(),
          r.subtotal(),
          r.tax(),
          r.total(),
          r.paid(),
          r.credited(),
          r.total().subtract(r.credited()).subtract(r.paid()));
    }
  }

  private void payments(Csv csv, List<PaymentRow> rows) {
    Map<UUID, String> names = names(rows);
    csv.row(
        "received_on",
        "payment_id",
        "payer_type",
        "payer_id",
        "payer_name",
        "provider",
        "method",
        "amount",
        "refunded",
        "currency",
        "invoices",
        "reference",
        "provider_ref",
        "note");
    for (var r : rows) {
      UUID payer = r.memberId() != null ? r.memberId() : r.companyId();
      csv.row(
          r.receivedOn(),
          r.id(),
          r.memberId() != null ? "MEMBER" : "COMPANY",
          payer,
          names.get(payer),
          r.provider(),
          r.method(),
          r.amount(),
          r.refunded(),
          r.currency(),
          r.invoices(),
          r.reference(),
          r.providerRef(),
          r.note());
    }
  }

  private static void creditNotes(Csv csv, List<ExportStore.CreditNoteRow> rows) {
    csv.row(
        "number",
        "issue_date",
        "invoice_number",
        "payer_type",
        "payer_id",
        "payer_name",
        "reason",
        "subtotal",
        "tax",
        "total",
        "currency");
    for (var r : rows) {
      csv.row(
          r.number(),
          r.issueDate(),
          r.invoiceNumber(),
          r.memberId() != null ? "MEMBER" : "COMPANY",
          r.memberId() != null ? r.memberId() : r.companyId(),
          r.name(),
          r.reason(),
          r.subtotal(),
          r.tax(),
          r.total(),
          r.currency());
    }
  }

  /** The payers' current names (members by full name, companies by name). */
  private Map<UUID, String> names(List<PaymentRow> rows) {
    Map<UUID, String> names = new HashMap<>();
    List<UUID> memberIds =
        rows.stream().map(PaymentRow::memberId).filter(Objects::nonNull).distinct().toList();
    for (Member m : members.getAll(memberIds)) names.put(m.id(), m.fullName());
    if (rows.stream().anyMatch(r -> r.companyId() != null)) {
      for (Company c : companies.list(null)) names.put(c.id(), c.name());
    }
    return names;
  }
}
