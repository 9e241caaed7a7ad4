package app.atrium.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atrium.comms.Message;
import app.atrium.comms.Messages;
import app.atrium.members.CompanyDraft;
import app.atrium.members.MemberDraft;
import app.atrium.support.Mails;
import app.atrium.support.Ports;
import app.atrium.support.TestTenant;
import app.atrium.tenancy.TenantSettings;
import app.atrium.tenancy.Tenants;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The emails of billing over real SMTP (GreenMail): the invoice with its PDF and pay link once it
 * is issued, a receipt for money received, autopay at issue and its failure falling into dunning.
 */
class BillingMailTest extends BillingTestSupport {

  static final int SMTP_PORT = Ports.freeLoopbackPort();

  @RegisterExtension static final GreenMailExtension smtp = Mails.server(SMTP_PORT);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    Mails.pointAppAt(registry, SMTP_PORT);
  }

  @Autowired Messages messages;
  @Autowired Tenants tenants;
  @Autowired BillingSettings settings;
  @Autowired Dunning dunning;
  @Autowired app.atrium.billing.notify.NoticeWorker notices;

  TestTenant t;
  UUID asel;
  String aselEmail;

  @BeforeEach
  void coworking() {
    clock.setInstant(FEB_1);
    t = newTenant();
    aselEmail = "asel-" + t.slug() + "@example.kz";
    asel = person("Асель", "Нурланова", aselEmail, null);
    inTenant(
        t.tenantId(),
        () -> {
          TenantSettings s = tenants.current();
          tenants.update(
              new TenantSettings(
                  s.name(),
                  s.legalName(),
                  s.taxId(),
                  s.currency(),
                  s.taxMode(),
                  s.taxRate(),
                  "ru"));
          var p = settings.profile();
          return settings.update(
              new BillingProfile(
                  p.address(),
                  "billing@" + t.slug() + ".test",
                  p.phone(),
                  "Kaspi Bank KZ12 7220",
                  p.timeZone(),
                  p.paymentTermsDays(),
                  p.invoicePrefix(),
                  p.creditNotePrefix(),
                  BillingProfile.OnlineProvider.FAKE_CARD,
                  null));
        });
  }

  @Test
  void the_issued_invoice_is_emailed_once_in_the_coworkings_language_with_its_pdf_and_pay_link()
      throws Exception {
    Invoice inv = issueSeed(t, asel);

    MimeMessage mail = awaitMail(aselEmail, "Счёт " + inv.number());
    assertThat(mail.getSubject()).isEqualTo("Счёт " + inv.number() + " на 96\u00a0300\u00a0₸");
    String text = textOf(mail, "text/plain");
    assertThat(text)
        .contains("Здравствуйте, Асель!")
        .contains("Во вложении ваш счёт " + inv.number() + " за февраль 2027: 96\u00a0300\u00a0₸")
        .contains("оплатить до 11 февраля 2027")
        .contains("Оплатить онлайн: http://localhost")
        .contains("/portal/billing/invoices/" + inv.id());
    assertThat(textOf(mail, "text/html"))
        .contains("href=\"http://localhost")
        .contains("/portal/billing/invoices/" + inv.id() + "\"");
    BodyPart pdf = attachment(mail);
    assertThat(pdf.getFileName()).isEqualTo(inv.number() + ".pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
      String pdfText = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
      assertThat(pdfText).contains(inv.number()).contains("96 300");
    }

    // Kept in her communication history, once, with the PDF.
    List<Message> kept = invoiceMessages(asel);
    assertThat(kept)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.dedupeKey()).isEqualTo("invoice:" + inv.id() + ":" + asel);
              assertThat(m.attachments())
                  .singleElement()
                  .satisfies(a -> assertThat(a.filename()).isEqualTo(inv.number() + ".pdf"));
            });

    // Worked again (a redelivery after a crash, another node's relay): nothing goes out twice.
    inTenant(
        t.tenantId(),
        () ->
            db.sql(
                    "UPDATE billing_notice SET done_at = NULL, outcome = NULL,"
                        + " next_attempt_at = ? WHERE invoice_id = ?")
                .param(java.sql.Timestamp.from(clock.instant().minusSeconds(60)))
                .param(inv.id())
                .update());
    assertThat(notices.relay()).isPositive();
    assertThat(notice(inv.id())).isEqualTo("SENT");
    Thread.sleep(500);
    assertThat(received(aselEmail)).filteredOn(m -> subject(m).startsWith("Счёт")).hasSize(1);
    assertThat(invoiceMessages(asel)).hasSize(1);
  }

  @Test
  void a_payment_gets_a_receipt() throws Exception {
    Invoice inv = issueSeed(t, asel);
    awaitMail(aselEmail, "Счёт");
    pay(t, inv.id(), "50000");
    MimeMessage first = awaitMail(aselEmail, "Оплата получена: 50\u00a0000\u00a0₸");
    assertThat(textOf(first, "text/plain"))
        .contains("Мы получили 50\u00a0000\u00a0₸ 1 февраля 2027 (банковский перевод).")
        .contains("По счёту " + inv.number() + " осталось оплатить 46\u00a0300\u00a0₸.");
    pay(t, inv.id(), "46300");
    MimeMessage second = awaitMail(aselEmail, "Оплата получена: 46\u00a0300\u00a0₸");
    assertThat(textOf(second, "text/plain"))
        .contains("Счёт " + inv.number() + " оплачен полностью.");
  }

  @Test
  void autopay_charges_the_saved_card_when_the_invoice_is_issued_and_sends_a_receipt()
      throws Exception {
    saveCard(asel, "fake_pm_4242", "4242");
    Invoice inv = issueSeed(t, asel);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> invoice(t, inv.id()).status() == InvoiceStatus.PAID);
    MimeMessage invoiceMail = awaitMail(aselEmail, "Счёт " + inv.number());
    assertThat(textOf(invoiceMail, "text/plain"))
        .contains("Он оплачен сохранённой картой VISA •••• 4242".replace("VISA", "visa"))
        .doesNotContain("Оплатить онлайн");
    MimeMessage receipt = awaitMail(aselEmail, "Оплата получена: 96\u00a0300\u00a0₸");
    assertThat(textOf(receipt, "text/plain"))
        .contains("(карта)")
        .contains("Счёт " + inv.number() + " оплачен полностью.");
    List<Payment> paid =
        inTenant(
            t.tenantId(),
            () -> payments.list(new PaymentQuery(null, null, inv.id(), null, null, 10)));
    assertThat(paid)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.provider()).isEqualTo(PaymentProviderKind.FAKE_CARD);
              assertThat(p.note()).isEqualTo("autopay");
            });
  }

  @Test
  void a_declined_autopay_leaves_the_invoice_open_says_so_and_falls_into_dunning()
      throws Exception {
    saveCard(asel, "fake_pm_0002", "0002");
    Invoice inv = issueSeed(t, asel);
    MimeMessage mail = awaitMail(aselEmail, "Счёт " + inv.number());
    assertThat(textOf(mail, "text/plain"))
        .contains("Мы попытались списать оплату с сохранённой карты, но платёж не прошёл:")
        .contains("/portal/billing/invoices/" + inv.id());
    assertThat(invoice(t, inv.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
    long attempts =
        inTenant(
            t.tenantId(),
            () ->
                db.sql(
                        "SELECT count(*) FROM payment_attempt WHERE invoice_id = ? AND kind = 'CHARGE'"
                            + " AND status = 'FAILED'")
                    .param(inv.id())
                    .query(Long.class)
                    .single());
    assertThat(attempts).isOne();

    LocalDate day3 = inv.dueDate().plusDays(3);
    clock.setInstant(day3.atTime(4, 0).toInstant(ZoneOffset.UTC));
    assertThat(inTenant(t.tenantId(), () -> dunning.runNow()).reminders()).isOne();
    MimeMessage reminder = awaitMail(aselEmail, "Напоминание: счёт " + inv.number());
    assertThat(subject(reminder))
        .isEqualTo("Напоминание: счёт " + inv.number() + " просрочен на 3 дн.");
    assertThat(textOf(reminder, "text/plain"))
        .contains("Срок оплаты счёта " + inv.number() + " от 1 февраля 2027 истёк 11 февраля 2027")
        .contains("/portal/billing/invoices/" + inv.id());
  }

  @Test
  void a_company_gets_its_invoice_at_its_billing_email() throws Exception {
    String billing = "accounts-" + t.slug() + "@acme.kz";
    UUID acme =
        inTenant(
            t.tenantId(),
            () ->
                companies
                    .create(
                        new CompanyDraft(
                            "ТОО Акме", "ТОО «Акме»", "990011223344", billing, null, null, null))
                    .id());
    UUID timur = person("Тимур", "Абенов", "timur-" + t.slug() + "@example.kz", acme);
    Invoice inv =
        inTenant(
                t.tenantId(),
                () ->
                    invoicing.issue(
                        InvoiceDraft.oneOff(
                            Payer.company(acme),
                            FEBRUARY,
                            List.of(
                                DraftLine.priced(
                                    LineKind.ONE_OFF,
                                    "Офис, февраль",
                                    BigDecimal.ONE,
                                    "",
                                    new BigDecimal("250000"))))))
            .invoice();
    MimeMessage mail = awaitMail(billing, "Счёт " + inv.number());
    assertThat(textOf(mail, "text/plain"))
        .contains("Здравствуйте, ТОО Акме!")
        .contains("банковским переводом");
    assertThat(attachment(mail).getFileName()).isEqualTo(inv.number() + ".pdf");
    assertThat(invoiceMessages(timur))
        .singleElement()
        .satisfies(m -> assertThat(m.to()).isEqualTo(billing));
    assertThat(received("timur-" + t.slug() + "@example.kz")).isEmpty();
  }

  @Test
  void a_member_without_an_email_gets_no_message_and_the_invoice_is_still_issued() {
    UUID noEmail = person("Ерлан", "Без почты", null, null);
    Invoice inv = issueSeed(t, noEmail);
    await().atMost(Duration.ofSeconds(10)).until(() -> "NO_RECIPIENT".equals(notice(inv.id())));
    assertThat(invoice(t, inv.id()).status()).isEqualTo(InvoiceStatus.ISSUED);
  }

  private String notice(UUID invoiceId) {
    return inTenant(
        t.tenantId(),
        () ->
            db.sql("SELECT outcome FROM billing_notice WHERE invoice_id = ?")
                .param(invoiceId)
                .query(String.class)
                .optional()
                .orElse(null));
  }

  private void saveCard(UUID member, String ref, String last4) {
    inTenant(
        t.tenantId(),
        () -> {
          db.sql(
                  "INSERT INTO payment_method (tenant_id, id, member_id, provider, customer_ref,"
                      + " method_ref, brand, last4, exp_month, exp_year, created_at)"
                      + " VALUES (atrium_current_tenant(), gen_random_uuid(), ?, 'FAKE_CARD',"
                      + " 'fake_cus_1', ?, 'visa', ?, 12, 2034, now())")
              .params(member, ref, last4)
              .update();
          UUID id = payments.savedMethods(Payer.member(member)).getFirst().id();
          return payments.setAutopay(id, true);
        });
  }

  private UUID person(String first, String last, String email, UUID company) {
    return inTenant(
        t.tenantId(),
        () ->
            members
                .create(
                    new MemberDraft(first, last, email, null, company, company != null, List.of()))
                .id());
  }

  private List<Message> invoiceMessages(UUID memberId) {
    return inTenant(t.tenantId(), () -> messages.history(memberId, 50)).stream()
        .filter(m -> m.dedupeKey() != null && m.dedupeKey().startsWith("invoice:"))
        .toList();
  }

  private MimeMessage awaitMail(String to, String subjectStart) {
    return Mails.await(smtp, to, subjectStart);
  }

  private static List<MimeMessage> received(String address) {
    return Mails.received(smtp, address);
  }

  private static String subject(MimeMessage m) {
    return Mails.subject(m);
  }

  private static String textOf(Part part, String type) throws Exception {
    return Mails.textOf(part, type);
  }

  private static BodyPart attachment(Part part) throws Exception {
    return Mails.attachment(part);
  }
}
