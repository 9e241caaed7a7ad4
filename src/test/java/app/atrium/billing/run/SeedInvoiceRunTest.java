package app.atrium.billing.run;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.support.Mails;
import app.atrium.support.Ports;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The seed's invoice of 1 February (PRODUCT.md), through the public API only: a Resident from 1
 * January books 7 h of rooms (5 h included, 2 h at 4 000 ₸), prints 145 pages (100 included) and
 * drinks 8 premium coffees; the run on 1 February bills 96 300 ₸, read in the API, the PDF and the
 * email it sends over real SMTP (GreenMail).
 */
class SeedInvoiceRunTest extends InvoiceRunFixture {

  static final int SMTP_PORT = Ports.freeLoopbackPort();

  @RegisterExtension static final GreenMailExtension smtp = Mails.server(SMTP_PORT);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    Mails.pointAppAt(registry, SMTP_PORT);
  }

  @Test
  void theSeedInvoiceComesOutExactlyAndOnce() throws Exception {
    coworking();
    UUID asel = resident("Asel", LocalDate.of(2027, 1, 1));
    // Monday 4 January 2027: she books three weekdays, 7 h in all.
    clock.setInstant(at(LocalDate.of(2027, 1, 4), 8));
    List<JsonNode> bookings = new ArrayList<>();
    bookings.add(book(asel, LocalDate.of(2027, 1, 5), 10, 13));
    bookings.add(book(asel, LocalDate.of(2027, 1, 6), 10, 12));
    bookings.add(book(asel, LocalDate.of(2027, 1, 7), 10, 12));
    clock.setInstant(at(LocalDate.of(2027, 1, 20), 18));
    use(asel, printing, 100, at(LocalDate.of(2027, 1, 11), 12));
    use(asel, printing, 45, at(LocalDate.of(2027, 1, 18), 12));
    for (int i = 0; i < 8; i++) use(asel, coffee, 1, at(LocalDate.of(2027, 1, 12 + i), 11));

    // 1 February, 06:30 in Almaty: the month's run.
    clock.setInstant(at(LocalDate.of(2027, 2, 1), 6.5));
    JsonNode preview =
        postJson("/api/v1/invoice-runs/preview", java.util.Map.of("period", "2027-02"));
    assertThat(preview.get("items").get(0).get("subtotal").decimalValue())
        .isEqualByComparingTo("96300");
    assertThat(getJson("/api/v1/invoices?memberId=" + asel).get("total").asInt()).isZero();

    JsonNode run = run("2027-02");
    assertThat(run.get("status").asText()).isEqualTo("DONE");
    assertThat(run.get("issued").asInt()).isEqualTo(1);
    assertThat(run.get("totalAmount").decimalValue()).isEqualByComparingTo("96300");

    JsonNode page = getJson("/api/v1/invoices?memberId=" + asel + "&period=2027-02");
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode invoice = getJson("/api/v1/invoices/" + page.get("items").get(0).get("id").asText());
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("96300");
    assertThat(invoice.get("status").asText()).isEqualTo("ISSUED");
    JsonNode lines = invoice.get("lines");
    assertThat(lines).hasSize(4);
    assertLine(lines.get(0), "MEMBERSHIP", "Membership «Resident» — February", "1", "85000");
    assertThat(lines.get(0).get("usagePeriod").asText()).isEqualTo("2027-02");
    assertThat(lines.get(0).get("sourceType").asText()).isEqualTo("membership");
    assertLine(lines.get(1), "ROOM_OVERAGE", "Meeting room (over the included hours)", "2", "8000");
    assertThat(lines.get(1).get("unitPrice").decimalValue()).isEqualByComparingTo("4000");
    assertThat(lines.get(1).get("usagePeriod").asText()).isEqualTo("2027-01");
    assertLine(lines.get(2), "SERVICE", "Printing (over the included pages)", "45", "900");
    assertLine(lines.get(3), "SERVICE", "Premium coffee", "8", "2400");
    assertThat(lines.get(3).get("unitPrice").decimalValue()).isEqualByComparingTo("300");

    // Every usage the lines sum up is linked to its line: the bookings that went over the
    // included hours, the printing over the included pages, the coffees.
    UUID invoiceId = UUID.fromString(invoice.get("id").asText());
    List<String> linked =
        inTenant(
            t.tenantId(),
            () ->
                db.sql(
                        "SELECT line_no || ':' || source_type FROM invoice_line_source"
                            + " WHERE invoice_id = ? ORDER BY line_no, source_type")
                    .param(invoiceId)
                    .query(String.class)
                    .list());
    assertThat(linked.stream().filter(s -> s.equals("2:booking")).count()).isPositive();
    assertThat(linked.stream().filter(s -> s.equals("3:service_usage")).count()).isPositive();
    assertThat(linked.stream().filter(s -> s.equals("4:service_usage")).count()).isEqualTo(8);

    // The PDF says the same.
    String text;
    try (PDDocument doc = Loader.loadPDF(getBytes("/api/v1/invoices/" + invoiceId + "/pdf"))) {
      text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
    assertThat(text)
        .contains("Membership «Resident» — February")
        .contains("Meeting room (over the included hours)")
        .contains("Printing (over the included pages)")
        .contains("Premium coffee")
        .contains("KZT 85,000")
        .contains("2 h KZT 4,000 KZT 8,000")
        .contains("45 pages KZT 20 KZT 900")
        .contains("8 pcs KZT 300 KZT 2,400")
        .contains("Total KZT 96,300");

    // And so does the email the run sent her, with the PDF attached.
    String email = getJson("/api/v1/members/" + asel).get("email").asText();
    String number = invoice.get("number").asText();
    MimeMessage mail = Mails.await(smtp, email, "Invoice " + number);
    assertThat(Mails.textOf(mail, "text/plain"))
        .contains("Your invoice " + number + " for February 2027 is attached: KZT\u00a096,300");
    try (PDDocument doc = Loader.loadPDF(Mails.attachment(mail).getInputStream().readAllBytes())) {
      assertThat(new PDFTextStripper().getText(doc).replace('\u00a0', ' '))
          .contains("Total KZT 96,300");
    }

    // A rerun issues nothing more and bills no usage twice.
    JsonNode again = run("2027-02");
    assertThat(again.get("status").asText()).isEqualTo("DONE");
    assertThat(again.get("issued").asInt()).isZero();
    assertThat(getJson("/api/v1/invoices?memberId=" + asel).get("total").asInt()).isEqualTo(1);
  }

  private static void assertLine(
      JsonNode line, String kind, String description, String quantity, String amount) {
    assertThat(line.get("kind").asText()).isEqualTo(kind);
    assertThat(line.get("description").asText()).isEqualTo(description);
    assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo(new BigDecimal(quantity));
    assertThat(line.get("amount").decimalValue()).isEqualByComparingTo(new BigDecimal(amount));
  }
}
