package app.atrium.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Credit notes, the only way an issued invoice is corrected. */
public interface CreditNotes {

  /**
   * Issues a credit note dated today: the invoice's amount due goes down by its total; what was
   * paid beyond the new amount due becomes the payer's credit balance.
   */
  CreditNote issue(CreditNoteRequest request);

  Optional<CreditNote> find(UUID id);

  /** The credit note, or a 404 problem. */
  CreditNote get(UUID id);

  /** Credit notes of an invoice (null: all), newest first. */
  List<CreditNote> list(UUID invoiceId);
}
