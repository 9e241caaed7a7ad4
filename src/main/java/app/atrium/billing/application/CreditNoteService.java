package app.atrium.billing.application;

import app.atrium.billing.CreditNote;
import app.atrium.billing.CreditNoteRequest;
import app.atrium.billing.CreditNotes;
import app.atrium.billing.Invoice;
import app.atrium.billing.InvoiceLine;
import app.atrium.billing.InvoiceStatus;
import app.atrium.billing.LineKind;
import app.atrium.billing.application.BillingContext.Issuer;
import app.atrium.billing.domain.DocumentNumber;
import app.atrium.billing.domain.InvoiceTotals;
import app.atrium.billing.domain.LineAmounts;
import app.atrium.billing.domain.TaxSetting;
import app.atrium.billing.domain.Totals;
import app.atrium.billing.persistence.CounterStore;
import app.atrium.billing.persistence.CounterStore.Series;
import app.atrium.billing.persistence.CreditNoteStore;
import app.atrium.billing.persistence.InvoiceStore;
import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Credit notes on issued invoices: one transaction per use case. */
@Service
class CreditNoteService implements CreditNotes {

  private final CreditNoteStore notes;
  private final InvoiceStore invoices;
  private final CounterStore counters;
  private final PaymentLedger ledger;
  private final BillingContext context;

  CreditNoteService(
      CreditNoteStore notes,
      InvoiceStore invoices,
      CounterStore counters,
      PaymentLedger ledger,
      BillingContext context) {
    this.notes = notes;
    this.invoices = invoices;
    this.counters = counters;
    this.ledger = ledger;
    this.context = context;
  }

  @Override
  @Transactional
  public CreditNote issue(CreditNoteRequest r) {
    if (r.invoiceId() == null) throw AtriumException.invalid("invoiceId", "is required");
    String reason = r.reason() == null ? "" : r.reason().strip();
    if (reason.isEmpty() || reason.length() > 500) {
      throw AtriumException.invalid("reason", "say why, in 1 to 500 characters");
    }
    InvoiceStatus status =
        invoices
            .lockStatus(r.invoiceId())
            .orElseThrow(() -> AtriumException.invalid("invoiceId", "no such invoice"));
    if (status == InvoiceStatus.DRAFT) {
      throw AtriumException.conflict("invoice-draft", "A draft invoice is changed, not credited.");
    }
    Issuer issuer = context.issuer();
    LocalDate today = context.today(issuer);
    ledger.checkOpen(today, "issue a credit note");
    Invoice invoice = invoices.find(r.invoiceId(), today).orElseThrow();
    Currency currency = Currency.getInstance(invoice.currency());
    var credited = notes.credited(invoice.id());
    List<CreditNote.Line> lines = lines(r, invoice, credited, currency);
    if (lines.isEmpty()) {
      throw AtriumException.conflict(
          "nothing-to-credit", "Everything on this invoice is credited already.");
    }
    TaxSetting tax = new TaxSetting(invoice.taxMode(), invoice.taxRate());
    Totals totals =
        InvoiceTotals.credit(
            lines.stream().map(CreditNote.Line::amount).toList(),
            tax,
            currency,
            credited.lines(),
            credited.tax(),
            invoice.taxTotal());
    if (totals.hasTaxLine()) {
      lines = new ArrayList<>(lines);
      InvoiceLine taxLine =
          invoice.lines().stream().filter(l -> l.kind() == LineKind.TAX).findFirst().orElseThrow();
      lines.add(
          new CreditNote.Line(
              lines.size() + 1,
              null,
              LineKind.TAX,
              taxLine.description(),
              taxLine.quantity(),
              taxLine.unit(),
              totals.subtotal(),
              totals.taxLine()));
    }
    BigDecimal creditable = invoice.total().subtract(invoice.creditedAmount());
    if (totals.total().compareTo(creditable) > 0) {
      throw AtriumException.invalid(
          "lines",
          "would credit "
              + totals.total()
              + " but only "
              + creditable
              + " of the invoice is left to credit (its reductions lower the total)");
    }
    ledger.releaseExcess(invoice, totals.total(), today);
    UUID id = UUID.randomUUID();
    int year = today.getYear();
    int seq = counters.take(Series.CREDIT_NOTE, year, 1);
    String number = DocumentNumber.format(issuer.profile().creditNotePrefix(), year, seq);
    notes.insert(
        id,
        invoice.id(),
        number,
        year,
        seq,
        today,
        invoice.currency(),
        reason,
        totals.subtotal(),
        totals.tax(),
        totals.total(),
        context.clock().instant(),
        context.accountId());
    for (CreditNote.Line l : lines) notes.insertLine(id, invoice.id(), l);
    return notes.find(id).orElseThrow();
  }

  /** The lines to credit: as asked, or everything left; each within what is left of its line. */
  private static List<CreditNote.Line> lines(
      CreditNoteRequest r, Invoice invoice, CreditNoteStore.Credited credited, Currency currency) {
    var result = new ArrayList<CreditNote.Line>();
    var seen = new HashSet<Integer>();
    boolean all = r.lines() == null || r.lines().isEmpty();
    List<CreditNoteRequest.Line> asked =
        all
            ? invoice.lines().stream()
                .filter(l -> creditable(l))
                .map(l -> new CreditNoteRequest.Line(l.lineNo(), null, null))
                .toList()
            : r.lines();
    for (int i = 0; i < asked.size(); i++) {
      CreditNoteRequest.Line a = asked.get(i);
      String field = "lines[" + i + "]";
      if (!seen.add(a.invoiceLineNo())) {
        throw AtriumException.invalid(field + ".invoiceLineNo", "names a line twice");
      }
      InvoiceLine line =
          invoice.lines().stream()
              .filter(l -> l.lineNo() == a.invoiceLineNo())
              .findFirst()
              .orElseThrow(
                  () ->
                      AtriumException.invalid(
                          field + ".invoiceLineNo", "no such line on the invoice"));
      if (!creditable(line)) {
        throw AtriumException.invalid(
            field + ".invoiceLineNo",
            line.kind() == LineKind.TAX
                ? "tax is credited with its lines"
                : "a " + line.kind() + " line takes money off already; it cannot be credited");
      }
      BigDecimal left =
          line.amount().subtract(credited.byLine().getOrDefault(line.lineNo(), BigDecimal.ZERO));
      if (a.amount() != null && a.quantity() != null) {
        throw AtriumException.invalid(field, "give an amount or a quantity, not both");
      }
      BigDecimal quantity = line.quantity();
      BigDecimal unitPrice = line.unitPrice();
      BigDecimal amount;
      if (a.amount() != null) {
        amount = a.amount();
        quantity = BigDecimal.ONE;
        unitPrice = amount;
      } else if (a.quantity() != null) {
        quantity = a.quantity();
        amount = LineAmounts.of(quantity, line.unitPrice(), currency);
      } else {
        amount = left;
        if (left.compareTo(line.amount()) != 0) {
          quantity = BigDecimal.ONE;
          unitPrice = left;
        }
      }
      if (all && amount.signum() <= 0) continue;
      if (!LineAmounts.rounded(amount, currency)) {
        throw AtriumException.invalid(
            field + ".amount", "is rounded to the currency's minor unit first");
      }
      if (amount.signum() <= 0) {
        throw AtriumException.invalid(
            field, "line " + line.lineNo() + " is credited in full already");
      }
      if (amount.compareTo(left) > 0) {
        throw AtriumException.invalid(
            field + ".amount",
            "at most "
                + left.setScale(LineAmounts.digits(currency), RoundingMode.UNNECESSARY)
                + " is left to credit on line "
                + line.lineNo());
      }
      result.add(
          new CreditNote.Line(
              result.size() + 1,
              line.lineNo(),
              line.kind(),
              line.description(),
              quantity,
              line.unit(),
              unitPrice,
              amount));
    }
    return result;
  }

  private static boolean creditable(InvoiceLine l) {
    return l.kind() != LineKind.TAX && !l.kind().reduces() && l.amount().signum() > 0;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CreditNote> find(UUID id) {
    Optional<UUID> only = context.onlyMember();
    return notes.find(id).filter(c -> only.isEmpty() || notes.memberOf(id).equals(only));
  }

  @Override
  @Transactional(readOnly = true)
  public CreditNote get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Credit note", id));
  }

  @Override
  @Transactional(readOnly = true)
  public List<CreditNote> list(UUID invoiceId) {
    return notes.list(invoiceId, context.onlyMember().orElse(null));
  }
}
