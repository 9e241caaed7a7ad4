package app.atrium.billing.application;

import app.atrium.billing.DraftLine;
import app.atrium.billing.Invoice;
import app.atrium.billing.InvoiceDraft;
import app.atrium.billing.InvoiceIssued;
import app.atrium.billing.InvoiceKind;
import app.atrium.billing.InvoicePage;
import app.atrium.billing.InvoiceQuery;
import app.atrium.billing.InvoiceStatus;
import app.atrium.billing.Invoicing;
import app.atrium.billing.Issued;
import app.atrium.billing.LineKind;
import app.atrium.billing.Payer;
import app.atrium.billing.application.BillingContext.Issuer;
import app.atrium.billing.domain.DocumentNumber;
import app.atrium.billing.domain.InvoiceTotals;
import app.atrium.billing.domain.LineAmounts;
import app.atrium.billing.domain.Totals;
import app.atrium.billing.pdf.InvoicePdf;
import app.atrium.billing.persistence.CounterStore;
import app.atrium.billing.persistence.CounterStore.Series;
import app.atrium.billing.persistence.InvoiceStore;
import app.atrium.billing.persistence.InvoiceStore.Header;
import app.atrium.billing.persistence.InvoiceStore.LineRow;
import app.atrium.platform.web.AtriumException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts and issued invoices: one transaction per use case, joining the caller's. */
@Service
class InvoicingService implements Invoicing {

  static final int MAX_LINES = 500;

  private final InvoiceStore invoices;
  private final CounterStore counters;
  private final BillingContext context;
  private final BillTo billTo;
  private final PaymentLedger ledger;
  private final InvoicePdf pdf;
  private final ApplicationEventPublisher events;

  InvoicingService(
      InvoiceStore invoices,
      CounterStore counters,
      BillingContext context,
      BillTo billTo,
      PaymentLedger ledger,
      InvoicePdf pdf,
      ApplicationEventPublisher events) {
    this.invoices = invoices;
    this.counters = counters;
    this.context = context;
    this.billTo = billTo;
    this.ledger = ledger;
    this.pdf = pdf;
    this.events = events;
  }

  @Override
  @Transactional
  public Issued issue(InvoiceDraft draft) {
    return issueAll(List.of(draft)).getFirst();
  }

  @Override
  @Transactional
  public List<Issued> issueAll(List<InvoiceDraft> drafts) {
    if (drafts.isEmpty()) return List.of();
    Issuer issuer = context.issuer();
    LocalDate today = context.today(issuer);
    Instant now = context.clock().instant();
    ledger.checkOpen(today, "issue an invoice");
    // Lock order: payers by id, so concurrent batches over the same payers queue instead of
    // deadlocking.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) order.add(i);
    order.sort(
        Comparator.comparing((Integer i) -> drafts.get(i).payer().id()).thenComparing(i -> i));
    Map<Integer, UUID> toIssue = new HashMap<>();
    Map<Integer, UUID> existing = new HashMap<>();
    // A batch's REGULAR drafts are written together: one statement for the headers, one for the
    // lines. Payers with an invoice of the period already (and other kinds) go one by one.
    List<Integer> regular =
        order.stream().filter(i -> drafts.get(i).kind() == InvoiceKind.REGULAR).toList();
    if (regular.size() > 1) {
      Map<Payer, BillTo.Snapshot> to =
          billTo.ofAll(regular.stream().map(i -> drafts.get(i).payer()).toList());
      List<Prepared> prepared = new ArrayList<>();
      for (int i : regular) {
        InvoiceDraft d = drafts.get(i);
        BillTo.Snapshot snapshot = to.get(d.payer());
        prepared.add(prepare(d, issuer, snapshot != null ? snapshot : billTo.of(d.payer())));
      }
      Set<UUID> inserted =
          invoices.insertRegularDrafts(prepared.stream().map(Prepared::header).toList(), now);
      List<UUID> lineInvoices = new ArrayList<>();
      List<LineRow> lineRows = new ArrayList<>();
      for (int k = 0; k < regular.size(); k++) {
        Prepared p = prepared.get(k);
        if (!inserted.contains(p.header().id())) continue;
        toIssue.put(regular.get(k), p.header().id());
        for (LineRow l : p.lines()) {
          lineInvoices.add(p.header().id());
          lineRows.add(l);
        }
      }
      invoices.insertLines(lineInvoices, lineRows);
    }
    for (int i : order) {
      if (toIssue.containsKey(i)) continue;
      InvoiceDraft d = drafts.get(i);
      Written w = write(d, issuer, now);
      if (w.issuedBefore()) existing.put(i, w.id());
      else toIssue.put(i, w.id());
    }
    if (!toIssue.isEmpty()) {
      int year = today.getYear();
      int seq = counters.take(Series.INVOICE, year, toIssue.size());
      List<InvoiceStore.Numbered> numbered = new ArrayList<>();
      for (int i : order) {
        UUID id = toIssue.get(i);
        if (id == null) continue;
        InvoiceDraft d = drafts.get(i);
        LocalDate due =
            d.dueDate() != null ? d.dueDate() : today.plusDays(issuer.profile().paymentTermsDays());
        if (due.isBefore(today))
          throw AtriumException.invalid("dueDate", "must not be before the issue date " + today);
        String number = DocumentNumber.format(issuer.profile().invoicePrefix(), year, seq);
        numbered.add(new InvoiceStore.Numbered(id, number, seq, due));
        seq++;
      }
      invoices.issueAll(numbered, year, today, now);
      Set<UUID> withCredit =
          ledger.payersWithCredit(
              toIssue.keySet().stream().map(i -> drafts.get(i).payer().id()).toList());
      for (int i : order) {
        UUID id = toIssue.get(i);
        if (id == null || !withCredit.contains(drafts.get(i).payer().id())) continue;
        ledger.applyCredit(id, drafts.get(i).payer(), today);
      }
    }
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      ids.add(toIssue.containsKey(i) ? toIssue.get(i) : existing.get(i));
    }
    Map<UUID, Invoice> found = new HashMap<>();
    for (Invoice inv : invoices.findAll(ids, today)) found.put(inv.id(), inv);
    List<Issued> result = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      boolean created = toIssue.containsKey(i);
      UUID id = ids.get(i);
      Invoice invoice = found.get(id);
      if (invoice == null) throw new IllegalStateException("Invoice " + id + " vanished");
      if (created) {
        events.publishEvent(
            new InvoiceIssued(
                context.tenantId(),
                id,
                invoice.number(),
                invoice.payer(),
                invoice.total(),
                invoice.currency()));
      }
      result.add(new Issued(invoice, created));
    }
    return result;
  }

  @Override
  @Transactional
  public Invoice saveDraft(InvoiceDraft draft) {
    Issuer issuer = context.issuer();
    Written w = write(draft, issuer, context.clock().instant());
    if (w.issuedBefore()) {
      throw AtriumException.conflict(
          "invoice-issued",
          "The payer's invoice of "
              + draft.period()
              + " is issued already; correct it with a credit note.");
    }
    return invoices.find(w.id(), context.today(issuer)).orElseThrow();
  }

  /** A draft's header and lines as they will be written. */
  private record Prepared(Header header, List<LineRow> lines) {}

  /** Checks a draft and computes its lines and totals, addressed to {@code to}. */
  private Prepared prepare(InvoiceDraft d, Issuer issuer, BillTo.Snapshot to) {
    List<LineRow> lines = lines(d, issuer);
    Totals totals =
        InvoiceTotals.of(
            lines.stream().map(LineRow::amount).toList(), issuer.tax(), issuer.currency());
    if (totals.total().signum() < 0) {
      throw AtriumException.invalid(
          "lines",
          "add up to " + totals.total() + ": an invoice cannot be negative; carry the credit over");
    }
    if (totals.hasTaxLine()) {
      lines = new ArrayList<>(lines);
      lines.add(
          new LineRow(
              lines.size() + 1,
              LineKind.TAX,
              taxLabel(issuer),
              issuer.tax().rate(),
              "%",
              totals.subtotal(),
              totals.taxLine(),
              null,
              null,
              null));
    }
    UUID id = UUID.randomUUID();
    Header header =
        new Header(
            id,
            d.kind(),
            d.payer(),
            d.period(),
            issuer.tenant().currency(),
            issuer.tax().mode(),
            issuer.tax().rate(),
            totals.subtotal(),
            totals.tax(),
            totals.total(),
            to.name(),
            to.details(),
            to.email(),
            d.notes().strip());
    return new Prepared(header, lines);
  }

  /** The draft written, or the payer's invoice of the period that was issued before. */
  private record Written(UUID id, boolean issuedBefore) {}

  /**
   * Writes a draft's header and lines. For a REGULAR draft whose payer's invoice of the period is
   * issued already, writes nothing and answers that invoice.
   */
  private Written write(InvoiceDraft d, Issuer issuer, Instant now) {
    Prepared p = prepare(d, issuer, billTo.of(d.payer()));
    Header header = p.header();
    UUID id = header.id();
    List<LineRow> lines = p.lines();
    if (!invoices.insertDraft(header, now)) {
      UUID found =
          invoices
              .lockRegular(d.payer(), d.period())
              .orElseThrow(() -> new IllegalStateException("The regular invoice vanished"));
      InvoiceStatus status = invoices.lockStatus(found).orElseThrow();
      if (status != InvoiceStatus.DRAFT) return new Written(found, true);
      id = found;
      invoices.updateDraft(
          new Header(
              id,
              header.kind(),
              header.payer(),
              header.period(),
              header.currency(),
              header.taxMode(),
              header.taxRate(),
              header.subtotal(),
              header.taxTotal(),
              header.total(),
              header.billToName(),
              header.billToDetails(),
              header.billToEmail(),
              header.notes()));
    }
    invoices.replaceLines(id, lines);
    return new Written(id, false);
  }

  private static String taxLabel(Issuer issuer) {
    return switch (issuer.tenant().locale()) {
      case "ru" -> "НДС " + issuer.tax().rate().stripTrailingZeros().toPlainString() + "%";
      case "es" -> "IVA " + issuer.tax().rate().stripTrailingZeros().toPlainString() + "%";
      default -> "VAT " + issuer.tax().rate().stripTrailingZeros().toPlainString() + "%";
    };
  }

  /** The draft's lines, numbered, each amount rounded once; refuses what is not a valid line. */
  private static List<LineRow> lines(InvoiceDraft d, Issuer issuer) {
    if (d.lines().isEmpty())
      throw AtriumException.invalid("lines", "an invoice needs at least one line");
    if (d.lines().size() > MAX_LINES)
      throw AtriumException.invalid("lines", "at most " + MAX_LINES + " lines");
    var rows = new ArrayList<LineRow>();
    int no = 1;
    for (DraftLine l : d.lines()) {
      String field = "lines[" + (no - 1) + "]";
      if (l.kind() == LineKind.TAX) {
        throw AtriumException.invalid(
            field + ".kind", "TAX is computed from the tenant's tax setting");
      }
      String description = l.description() == null ? "" : l.description().strip();
      if (description.isEmpty() || description.length() > 300) {
        throw AtriumException.invalid(field + ".description", "must be 1 to 300 characters");
      }
      if (l.quantity().abs().compareTo(new BigDecimal("99999999999")) > 0
          || l.quantity().stripTrailingZeros().scale() > 3) {
        throw AtriumException.invalid(field + ".quantity", "at most 3 decimals and 11 digits");
      }
      if (l.unitPrice().stripTrailingZeros().scale() > 4
          || l.unitPrice().abs().compareTo(new BigDecimal("999999999999")) > 0) {
        throw AtriumException.invalid(field + ".unitPrice", "at most 4 decimals and 12 digits");
      }
      if (l.unit().length() > 20)
        throw AtriumException.invalid(field + ".unit", "at most 20 characters");
      if ((l.sourceType() == null) != (l.sourceId() == null)) {
        throw AtriumException.invalid(field + ".sourceId", "give sourceType and sourceId together");
      }
      if (l.sourceType() != null && !l.sourceType().matches("^[a-z][a-z0-9_]{0,39}$")) {
        throw AtriumException.invalid(
            field + ".sourceType", "lower-case letters, digits and _ (e.g. booking)");
      }
      BigDecimal amount =
          l.amount() != null
              ? l.amount()
              : LineAmounts.of(l.quantity(), l.unitPrice(), issuer.currency());
      if (!LineAmounts.rounded(amount, issuer.currency())) {
        throw AtriumException.invalid(
            field + ".amount", "is rounded to the currency's minor unit first");
      }
      if (amount.abs().compareTo(new BigDecimal("999999999999")) > 0) {
        throw AtriumException.invalid(field + ".amount", "is too large");
      }
      if (l.kind().reduces() ? amount.signum() > 0 : amount.signum() < 0) {
        throw AtriumException.invalid(
            field + ".amount",
            l.kind().reduces()
                ? l.kind() + " lines take money off: zero or negative"
                : "must not be negative; use a DISCOUNT line");
      }
      rows.add(
          new LineRow(
              no++,
              l.kind(),
              description,
              l.quantity(),
              l.unit(),
              l.unitPrice(),
              amount,
              l.usagePeriod(),
              l.sourceType(),
              l.sourceId()));
    }
    return rows;
  }

  @Override
  @Transactional
  public void discardDraft(UUID invoiceId) {
    InvoiceStatus status =
        invoices
            .lockStatus(invoiceId)
            .orElseThrow(() -> AtriumException.notFound("Invoice", invoiceId));
    if (status != InvoiceStatus.DRAFT) {
      throw AtriumException.conflict(
          "invoice-issued", "An issued invoice is never deleted; correct it with a credit note.");
    }
    invoices.deleteDraft(invoiceId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Invoice> find(UUID id) {
    Optional<UUID> only = context.onlyMember();
    return invoices
        .find(id, context.today())
        .filter(
            i ->
                only.isEmpty()
                    || (only.get().equals(i.payer().memberId())
                        && i.status() != InvoiceStatus.DRAFT));
  }

  @Override
  @Transactional(readOnly = true)
  public Invoice get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Invoice", id));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Invoice> regular(Payer payer, YearMonth period) {
    return invoices.findRegular(payer, period, context.today());
  }

  @Override
  @Transactional(readOnly = true)
  public InvoicePage search(InvoiceQuery q) {
    if (q.limit() < 1 || q.limit() > InvoiceQuery.MAX_LIMIT) {
      throw AtriumException.invalid("limit", "must be between 1 and " + InvoiceQuery.MAX_LIMIT);
    }
    if (q.offset() < 0) throw AtriumException.invalid("offset", "must not be negative");
    var page = invoices.search(q, context.onlyMember().orElse(null), context.today());
    return new InvoicePage(page.items(), page.total(), q.limit(), q.offset());
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] pdf(UUID id, Locale locale) {
    Invoice invoice = get(id);
    return pdf.render(invoice, context.pdfIssuer(), locale);
  }

  @Override
  @Transactional(readOnly = true)
  public Set<UUID> invoicedSources(String sourceType, Collection<UUID> sourceIds) {
    return invoices.invoicedSources(sourceType, sourceIds);
  }

  @Override
  @Transactional(readOnly = true)
  public LocalDate today() {
    return context.today();
  }
}
