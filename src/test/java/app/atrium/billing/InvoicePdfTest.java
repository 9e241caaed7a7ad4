package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.atrium.support.TestTenant;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The invoice PDF: Cyrillic text in an embedded font, the issuer's details, labels per language.
 */
class InvoicePdfTest extends BillingTestSupport {

  @Autowired BillingSettings settings;

  TestTenant t;
  UUID asel;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
    asel = member(t, "Асель", "Нурланова");
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // Grouping spaces are no-break spaces in the amounts; read them as spaces.
      return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
  }

  @Test
  void the_seed_invoice_renders_in_russian_with_its_lines_total_and_the_issuers_details()
      throws Exception {
    Invoice inv = issueSeed(t, asel);
    Answer profile =
        call(
            HttpMethod.PUT,
            "/api/v1/billing-profile",
            t.token(),
            map(
                "address", "050000, Алматы, пр. Абая 10",
                "email", "billing@atrium.kz",
                "phone", "+7 727 355 00 10",
                "bankDetails", "АО «Kaspi Bank», БИК CASPKZKA\nИИК KZ12 7220 0000 0000 1234",
                "timeZone", "Asia/Almaty",
                "paymentTermsDays", 10,
                "invoicePrefix", "INV",
                "creditNotePrefix", "CN",
                "onlineProvider", "NONE"));
    assertThat(profile.status()).as(profile.body().toString()).isEqualTo(200);
    byte[] logo = app.atrium.billing.demo.DemoLogo.png();
    var put =
        mvc.perform(
                MockMvcRequestBuilders.put("/api/v1/billing-profile/logo")
                    .header(HttpHeaders.AUTHORIZATION, t.bearer())
                    .contentType("image/png")
                    .content(logo))
            .andReturn()
            .getResponse();
    assertThat(put.getStatus()).isEqualTo(204);

    var response =
        mvc.perform(
                MockMvcRequestBuilders.get("/api/v1/invoices/" + inv.id() + "/pdf?lang=ru")
                    .header(HttpHeaders.AUTHORIZATION, t.bearer()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    byte[] pdf = response.getContentAsByteArray();
    // Kept for a look by eye (pdftoppm target/invoice-seed-ru.pdf).
    java.nio.file.Files.write(java.nio.file.Path.of("target", "invoice-seed-ru.pdf"), pdf);
    String text = text(pdf);
    assertThat(text)
        .contains("Счёт INV-2027-000001")
        .contains("Асель Нурланова")
        .contains("Членство «Резидент» — февраль")
        .contains("Переговорная сверх включённых часов")
        .contains("Печать сверх включённых страниц")
        .contains("Премиальный кофе")
        .contains("85 000 ₸")
        .contains("8 000 ₸")
        .contains("900 ₸")
        .contains("2 400 ₸")
        .contains("Итого к оплате")
        .contains("96 300 ₸")
        .contains("пр. Абая 10")
        .contains("ИИК KZ12 7220 0000 0000 1234")
        .contains("Без НДС.");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var page = doc.getPage(0);
      boolean embedded = false;
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        embedded |= font.getName().contains("DejaVuSans") && font.isEmbedded();
      }
      assertThat(embedded).as("DejaVu Sans embedded").isTrue();
      assertThat(page.getResources().getXObjectNames()).as("the logo").isNotEmpty();
    }
  }

  @Test
  void labels_follow_the_asked_language() throws Exception {
    Invoice inv = issueSeed(t, asel);
    String en = text(inTenant(t.tenantId(), () -> invoicing.pdf(inv.id(), Locale.ENGLISH)));
    assertThat(en).contains("Invoice INV-2027-000001").contains("Total").contains("KZT 96,300");
    String es = text(inTenant(t.tenantId(), () -> invoicing.pdf(inv.id(), Locale.of("es"))));
    assertThat(es).contains("Factura INV-2027-000001").contains("Total").contains("96.300");
  }
}
