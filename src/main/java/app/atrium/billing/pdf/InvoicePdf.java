package app.atrium.billing.pdf;

import app.atrium.billing.Invoice;
import app.atrium.billing.InvoiceLine;
import app.atrium.billing.LineKind;
import app.atrium.platform.money.Money;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An invoice as a PDF: the {@code billing/invoice-pdf} template (XHTML) rendered by openhtmltopdf
 * with DejaVu Sans embedded (Cyrillic, Latin and the tenge sign, from the jasperreports-fonts jar),
 * labels from the billing bundle in the asked language, amounts as {@link Money#format} shows them.
 */
@Component
public class InvoicePdf {

  private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
  private static final String FAMILY = "DejaVu Sans";
  private static final List<String> LANGUAGES = List.of("ru", "en", "es");

  private final ITemplateEngine templates;
  private final byte[] regular;
  private final byte[] bold;

  InvoicePdf(ITemplateEngine templates) {
    this.templates = templates;
    this.regular = font("DejaVuSans.ttf");
    this.bold = font("DejaVuSans-Bold.ttf");
  }

  /** The issuer as the invoice shows it; {@code logo} may be null. */
  public record Issuer(
      String name,
      String legalName,
      String taxId,
      String address,
      String email,
      String phone,
      String bankDetails,
      byte[] logo,
      String logoContentType) {}

  /** A line as printed. */
  public record Row(int no, String description, String quantity, String unitPrice, String amount) {}

  public byte[] render(Invoice invoice, Issuer issuer, Locale asked) {
    Locale locale =
        LANGUAGES.contains(asked.getLanguage()) ? Locale.of(asked.getLanguage()) : Locale.ENGLISH;
    Currency currency = Currency.getInstance(invoice.currency());
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    var ctx = new Context(locale);
    ctx.setVariable("invoice", invoice);
    ctx.setVariable("issuer", issuer);
    ctx.setVariable("issuerName", blank(issuer.legalName()) ? issuer.name() : issuer.legalName());
    ctx.setVariable("addressLines", lines(issuer.address()));
    ctx.setVariable("bankLines", lines(issuer.bankDetails()));
    ctx.setVariable("billToLines", lines(invoice.billToDetails()));
    ctx.setVariable(
        "logo",
        issuer.logo() == null
            ? null
            : "data:"
                + issuer.logoContentType()
                + ";base64,"
                + Base64.getEncoder().encodeToString(issuer.logo()));
    ctx.setVariable("number", invoice.number() == null ? "—" : invoice.number());
    ctx.setVariable(
        "issueDate", invoice.issueDate() == null ? "—" : date.format(invoice.issueDate()));
    ctx.setVariable("dueDate", invoice.dueDate() == null ? "—" : date.format(invoice.dueDate()));
    ctx.setVariable(
        "period",
        invoice.period().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
            + " "
            + invoice.period().getYear());
    ctx.setVariable(
        "rows",
        invoice.lines().stream()
            .filter(l -> l.kind() != LineKind.TAX)
            .map(l -> row(l, currency, locale))
            .toList());
    ctx.setVariable(
        "taxLine",
        invoice.taxTotal().signum() == 0 ? null : money(invoice.taxTotal(), currency, locale));
    ctx.setVariable("taxRate", invoice.taxRate().stripTrailingZeros().toPlainString());
    ctx.setVariable("subtotal", money(invoice.subtotal(), currency, locale));
    ctx.setVariable("total", money(invoice.total(), currency, locale));
    ctx.setVariable(
        "paid", money(invoice.paidAmount().add(invoice.creditedAmount()), currency, locale));
    ctx.setVariable("due", money(invoice.amountDue(), currency, locale));
    ctx.setVariable("settled", invoice.paidAmount().add(invoice.creditedAmount()).signum() > 0);
    String html = templates.process("billing/invoice-pdf", ctx);
    try (var out = new ByteArrayOutputStream()) {
      new PdfRendererBuilder()
          .useFastMode()
          .useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true)
          .useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true)
          .withHtmlContent(html, null)
          .withProducer("Atrium")
          .toStream(out)
          .run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render invoice " + invoice.number(), e);
    }
  }

  private static Row row(InvoiceLine l, Currency currency, Locale locale) {
    String qty = l.quantity().stripTrailingZeros().toPlainString();
    String unit = l.unit() == null || l.unit().isBlank() ? "" : " " + l.unit();
    return new Row(
        l.lineNo(),
        l.description(),
        qty + unit,
        money(l.unitPrice(), currency, locale),
        money(l.amount(), currency, locale));
  }

  private static String money(BigDecimal amount, Currency currency, Locale locale) {
    return Money.of(amount, currency).format(locale);
  }

  private static List<String> lines(String text) {
    if (blank(text)) return List.of();
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static byte[] font(String file) {
    try (InputStream in = InvoicePdf.class.getResourceAsStream(FONT_DIR + file)) {
      if (in == null) throw new IllegalStateException("Font " + file + " is not on the classpath");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
