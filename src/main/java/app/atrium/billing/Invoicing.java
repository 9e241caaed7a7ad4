package app.atrium.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Invoices of the current tenant: what the invoice run, staff, the portal and the API call. Each
 * call is one transaction, or joins the caller's.
 */
public interface Invoicing {

  /**
   * Issues {@code draft} as a numbered, immutable invoice dated today (the tenant's billing time
   * zone), taxed per the tenant's setting, and applies the payer's credit balance to it. A REGULAR
   * draft whose payer already has an issued invoice of the period answers that one, unchanged
   * ({@code created} false); a saved draft of it is replaced and issued.
   */
  Issued issue(InvoiceDraft draft);

  /**
   * Issues many drafts in one transaction (what a batch of the invoice run does): numbers are taken
   * once for all, in the order of the payers' ids. Answers in the order of {@code drafts}.
   */
  List<Issued> issueAll(List<InvoiceDraft> drafts);

  /**
   * Keeps {@code draft} as a DRAFT invoice (no number, still changeable) for staff to review; a
   * REGULAR draft replaces the payer's saved draft of the period. Refused once that is issued.
   */
  Invoice saveDraft(InvoiceDraft draft);

  /** Deletes a DRAFT invoice; an issued one is corrected by a credit note instead. */
  void discardDraft(UUID invoiceId);

  Optional<Invoice> find(UUID id);

  /** The invoice, or a 404 problem (also for a member asking for someone else's). */
  Invoice get(UUID id);

  /** The payer's REGULAR invoice of {@code period}, draft or issued. */
  Optional<Invoice> regular(Payer payer, YearMonth period);

  /** Invoices matching {@code query}, newest first. A member sees only her own, never drafts. */
  InvoicePage search(InvoiceQuery query);

  /** The invoice as a PDF, labelled in {@code locale}'s language (ru, en or es). */
  byte[] pdf(UUID id, Locale locale);

  /**
   * Which of {@code sourceIds} of {@code sourceType} are on an issued invoice already: what the
   * invoice run leaves out, and bills as late usage when it arrives after its month was invoiced.
   */
  Set<UUID> invoicedSources(String sourceType, Collection<UUID> sourceIds);

  /** Today in the tenant's billing time zone. */
  LocalDate today();
}
