package app.atrium.billing.rest;

import app.atrium.billing.CreditNote;
import app.atrium.billing.CreditNoteRequest;
import app.atrium.billing.CreditNotes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Credit notes: the only correction of an issued invoice. */
@RestController
@RequestMapping("/api/v1/credit-notes")
@Tag(name = "Credit notes")
class CreditNotesApiController {

  private final CreditNotes notes;

  CreditNotesApiController(CreditNotes notes) {
    this.notes = notes;
  }

  @Operation(summary = "List credit notes, of an invoice or all; newest first")
  @GetMapping
  List<CreditNote> list(@RequestParam(required = false) UUID invoiceId) {
    return notes.list(invoiceId);
  }

  @Operation(summary = "One credit note with its lines")
  @GetMapping("/{id}")
  CreditNote get(@PathVariable UUID id) {
    return notes.get(id);
  }

  @Operation(
      summary = "Issue a credit note",
      description =
          "On an issued invoice, with a reason. lines: invoiceLineNo with an amount or a quantity"
              + " (neither: what is left of the line); no lines credits all that is left. Tax is"
              + " credited with the lines. Numbered CN-yyyy-nnnnnn, gapless; dated today, which must"
              + " not be in a locked period. What was paid beyond the new amount due becomes the"
              + " payer's credit.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CreditNote issue(@Valid @RequestBody CreditNoteRequest request) {
    return notes.issue(request);
  }
}
