package app.atrium.billing.run.rest;

import app.atrium.billing.run.InvoiceRun;
import app.atrium.billing.run.InvoiceRuns;
import app.atrium.billing.run.InvoiceRuns.Preview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The monthly invoice run: start one for a period, follow it, or preview it as drafts. */
@RestController
@RequestMapping("/api/v1/invoice-runs")
@Tag(name = "Invoice runs")
@Validated
class InvoiceRunsApiController {

  private final InvoiceRuns runs;

  InvoiceRunsApiController(InvoiceRuns runs) {
    this.runs = runs;
  }

  /** Which month to invoice. */
  record RunRequest(@NotNull YearMonth period) {}

  /** Which month to preview, and which page of its payers (in the run's order). */
  record PreviewRequest(@NotNull YearMonth period, Integer limit, Integer offset) {}

  @Operation(
      summary = "Start the invoice run of a period",
      description =
          "Issues one REGULAR invoice per payer (a member, or the company paying for her) of the"
              + " period (yyyy-MM, a calendar month in the billing time zone): the period's"
              + " membership fees in advance and the previous month's usage in arrears, late"
              + " usage and freeze credits of earlier months. Runs in the background: follow it"
              + " with GET /api/v1/invoice-runs/{id}. Starting it again, or while another runs,"
              + " issues nothing twice: payers invoiced already are skipped. The monthly job"
              + " starts it by itself on the 1st at 06:00 tenant time.")
  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  InvoiceRun start(@RequestBody RunRequest request) {
    return runs.start(request == null ? null : request.period(), InvoiceRun.Trigger.STAFF);
  }

  @Operation(
      summary = "Preview the invoice run of a period",
      description =
          "The lines each payer's invoice would have if the run went now, without issuing"
              + " anything: a page of payers (limit 1 to 200, default 50) in the run's order."
              + " Payers invoiced already are marked and show no lines.")
  @PostMapping("/preview")
  Preview preview(@RequestBody PreviewRequest request) {
    if (request == null) return runs.preview(null, 50, 0);
    return runs.preview(
        request.period(),
        request.limit() == null ? 50 : request.limit(),
        request.offset() == null ? 0 : request.offset());
  }

  @Operation(summary = "A run's progress and result")
  @GetMapping("/{id}")
  InvoiceRun get(@PathVariable UUID id) {
    return runs.get(id);
  }

  @Operation(summary = "The latest runs, newest first")
  @GetMapping
  List<InvoiceRun> recent(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    return runs.recent(limit);
  }
}
