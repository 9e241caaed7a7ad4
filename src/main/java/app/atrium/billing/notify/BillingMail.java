package app.atrium.billing.notify;

import app.atrium.billing.BillingProfile.OnlineProvider;
import app.atrium.billing.BillingProperties;
import app.atrium.billing.BillingSettings;
import app.atrium.billing.Invoice;
import app.atrium.billing.Payer.PayerType;
import app.atrium.billing.Payment;
import app.atrium.billing.notify.PayerContacts.Recipient;
import app.atrium.comms.Attachment;
import app.atrium.comms.MessageDraft;
import app.atrium.platform.money.Money;
import app.atrium.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails billing sends, in the coworking's language: an issued invoice (PDF attached, a pay
 * link), a receipt, and dunning reminders; and the title of the staff task after the last one.
 */
@Component
public class BillingMail {

  private final MessageSource messages;
  private final Tenants tenants;
  private final BillingSettings settings;
  private final BillingProperties properties;

  BillingMail(
      MessageSource messages,
      Tenants tenants,
      BillingSettings settings,
      BillingProperties properties) {
    this.messages = messages;
    this.tenants = tenants;
    this.settings = settings;
    this.properties = properties;
  }

  /** The coworking's language, which its emails and tasks are written in. */
  public Locale locale() {
    return Locale.of(tenants.current().locale());
  }

  /** Where a member sees the invoice and pays it (after signing in). */
  public String payLink(Invoice invoice) {
    return properties.publicUrl() + "/portal/billing/invoices/" + invoice.id();
  }

  /** What happened to the autopay charge made when the invoice was issued. */
  public record AutopayNote(boolean paid, String card, String failure) {}

  /** The email of an issued invoice with its PDF. */
  public MessageDraft invoice(
      Invoice inv, Recipient to, AutopayNote autopay, byte[] pdf, String dedupeKey) {
    Locale l = locale();
    String total = money(inv.total(), inv.currency(), l);
    var body =
        new MailText()
            .add(msg("billing.mail.greeting", l, to.name()))
            .add(
                msg(
                    "billing.mail.invoice.body",
                    l,
                    inv.number(),
                    period(inv.period(), l),
                    total,
                    date(inv.dueDate(), l)));
    if (autopay != null && autopay.paid()) {
      body.add(msg("billing.mail.invoice.autopayPaid", l, autopay.card()));
    } else if (!inv.status().open()) {
      body.add(msg("billing.mail.invoice.nothingDue", l));
    } else {
      if (autopay != null && !autopay.paid()) {
        body.add(msg("billing.mail.invoice.autopayFailed", l, autopay.failure()));
      }
      payHow(inv, body, l);
    }
    body.add(signature(l));
    return new MessageDraft(
        to.memberId(),
        to.address(),
        msg("billing.mail.invoice.subject", l, inv.number(), total),
        body.text(),
        body.html(),
        List.of(new Attachment(inv.number() + ".pdf", "application/pdf", pdf)),
        dedupeKey);
  }

  /** A receipt for money received; {@code invoice} is the one it was for, as it is now. */
  public MessageDraft receipt(
      Payment p, Invoice invoice, BigDecimal credit, Recipient to, String dedupeKey) {
    Locale l = locale();
    String amount = money(p.amount(), p.currency(), l);
    var body =
        new MailText()
            .add(msg("billing.mail.greeting", l, to.name()))
            .add(
                msg(
                    "billing.mail.receipt.body",
                    l,
                    amount,
                    date(p.receivedOn(), l),
                    msg("billing.mail.method." + p.method().name(), l)));
    if (invoice != null) {
      body.add(
          invoice.amountDue().signum() > 0
              ? msg(
                  "billing.mail.receipt.left",
                  l,
                  invoice.number(),
                  money(invoice.amountDue(), invoice.currency(), l))
              : msg("billing.mail.receipt.paidInFull", l, invoice.number()));
    }
    if (credit != null && credit.signum() > 0) {
      body.add(msg("billing.mail.receipt.credit", l, money(credit, p.currency(), l)));
    }
    body.add(msg("billing.mail.receipt.thanks", l)).add(signature(l));
    return new MessageDraft(
        to.memberId(),
        to.address(),
        msg("billing.mail.receipt.subject", l, amount),
        body.text(),
        body.html(),
        List.of(),
        dedupeKey);
  }

  /** A reminder of an overdue invoice: {@code daysOverdue} after its due date. */
  public MessageDraft reminder(
      Invoice inv,
      int daysOverdue,
      boolean last,
      boolean suspends,
      Recipient to,
      String dedupeKey) {
    Locale l = locale();
    var body =
        new MailText()
            .add(msg("billing.mail.greeting", l, to.name()))
            .add(
                msg(
                    "billing.mail.reminder.body",
                    l,
                    inv.number(),
                    date(inv.issueDate(), l),
                    date(inv.dueDate(), l),
                    money(inv.amountDue(), inv.currency(), l),
                    daysOverdue));
    if (last) body.add(msg("billing.mail.reminder.last", l));
    if (last && suspends) body.add(msg("billing.mail.reminder.suspended", l));
    payHow(inv, body, l);
    body.add(msg("billing.mail.reminder.ignore", l)).add(signature(l));
    return new MessageDraft(
        to.memberId(),
        to.address(),
        msg("billing.mail.reminder.subject", l, inv.number(), daysOverdue),
        body.text(),
        body.html(),
        List.of(),
        dedupeKey);
  }

  /** The staff task's title and details after the last reminder. */
  public String[] unpaidTask(Invoice inv, int daysOverdue, int reminders) {
    Locale l = locale();
    return new String[] {
      msg("billing.task.unpaid", l, inv.number(), inv.billToName(), daysOverdue),
      msg(
          "billing.task.unpaid.details",
          l,
          money(inv.amountDue(), inv.currency(), l),
          date(inv.dueDate(), l),
          reminders)
    };
  }

  private void payHow(Invoice inv, MailText body, Locale l) {
    boolean online = settings.profile().onlineProvider() != OnlineProvider.NONE;
    if (online && inv.payer().type() == PayerType.MEMBER) {
      body.add(msg("billing.mail.payOnline", l))
          .link(msg("billing.mail.payButton", l), payLink(inv));
    } else {
      body.add(msg("billing.mail.payOffline", l));
    }
  }

  private String signature(Locale l) {
    return msg("billing.mail.signature", l, tenants.current().name());
  }

  private String msg(String key, Locale l, Object... args) {
    return messages.getMessage(key, args, l);
  }

  static String money(BigDecimal amount, String currency, Locale l) {
    return Money.of(amount, Currency.getInstance(currency)).format(l);
  }

  static String date(LocalDate d, Locale l) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", l).format(d);
  }

  static String period(YearMonth p, Locale l) {
    return DateTimeFormatter.ofPattern("LLLL yyyy", l).format(p);
  }
}
