package app.atrium.billing.rest;

import app.atrium.billing.export.BillingExports;
import app.atrium.billing.export.BillingExports.Export;
import app.atrium.billing.export.BillingExports.Kind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices, payments and credit notes of a range of months as CSV, for the accountant. */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports")
@PreAuthorize("hasRole('STAFF')")
class ExportsApiController {

  static final String CSV = "text/csv;charset=UTF-8";
  static final String FORMAT =
      " CSV in UTF-8 with a byte order mark (Excel reads it as is), CRLF line ends, RFC 4180"
          + " quoting, amounts with a decimal point and no grouping, dates as yyyy-MM-dd. Any"
          + " staff member, an accountant too.";

  private final BillingExports exports;

  ExportsApiController(BillingExports exports) {
    this.exports = exports;
  }

  @Operation(
      summary = "Invoices issued in a range of months",
      description =
          "Every issued invoice dated from the first day of 'from' to the last of 'to'." + FORMAT)
  @GetMapping(value = "/invoices.csv", produces = CSV)
  ResponseEntity<byte[]> invoices(
      @Parameter(description = "first month, e.g. 2027-01") @RequestParam(required = false)
          YearMonth from,
      @Parameter(description = "last month (default: from)") @RequestParam(required = false)
          YearMonth to,
      @Parameter(description = "comma (default) or semicolon") @RequestParam(required = false)
          String separator) {
    return file(exports.export(Kind.INVOICES, from, to, separator));
  }

  @Operation(
      summary = "Payments received in a range of months",
      description =
          "By the day the money was received, with what was refunded of each and the invoices it"
              + " paid."
              + FORMAT)
  @GetMapping(value = "/payments.csv", produces = CSV)
  ResponseEntity<byte[]> payments(
      @Parameter(description = "first month, e.g. 2027-01") @RequestParam(required = false)
          YearMonth from,
      @Parameter(description = "last month (default: from)") @RequestParam(required = false)
          YearMonth to,
      @Parameter(description = "comma (default) or semicolon") @RequestParam(required = false)
          String separator) {
    return file(exports.export(Kind.PAYMENTS, from, to, separator));
  }

  @Operation(
      summary = "Credit notes issued in a range of months",
      description = "With the invoice each one corrects." + FORMAT)
  @GetMapping(value = "/credit-notes.csv", produces = CSV)
  ResponseEntity<byte[]> creditNotes(
      @Parameter(description = "first month, e.g. 2027-01") @RequestParam(required = false)
          YearMonth from,
      @Parameter(description = "last month (default: from)") @RequestParam(required = false)
          YearMonth to,
      @Parameter(description = "comma (default) or semicolon") @RequestParam(required = false)
          String separator) {
    return file(exports.export(Kind.CREDIT_NOTES, from, to, separator));
  }

  /** The export as a download. */
  static ResponseEntity<byte[]> file(Export e) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(CSV))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(e.filename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(e.content());
  }
}
