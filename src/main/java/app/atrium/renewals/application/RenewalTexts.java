package app.atrium.renewals.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/** The words of a renewal (the member's reminder, the staff's task) in the coworking's language. */
final class RenewalTexts {

  private final MessageSource messages;
  private final Locale locale;
  private final String coworking;
  private final DateTimeFormatter dates;

  RenewalTexts(MessageSource messages, String locale, String coworking) {
    this.messages = messages;
    this.locale = Locale.of(locale);
    this.coworking = coworking;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
  }

  record Email(String subject, String text, String html) {}

  Email reminder(String memberName, String planName, LocalDate endsOn, boolean autopay) {
    String end = dates.format(endsOn);
    String subject = text("renewals.email.subject", planName, end);
    String hello = text("renewals.email.hello", memberName);
    String body =
        text(
            autopay ? "renewals.email.autopay" : "renewals.email.manual", planName, end, coworking);
    String bye = text("renewals.email.signature", coworking);
    String plain = hello + "\n\n" + body + "\n\n" + bye + "\n";
    String html =
        "<p>"
            + HtmlUtils.htmlEscape(hello)
            + "</p><p>"
            + HtmlUtils.htmlEscape(body)
            + "</p><p>"
            + HtmlUtils.htmlEscape(bye)
            + "</p>";
    return new Email(subject, plain, html);
  }

  String taskTitle(String memberName) {
    return text("renewals.task.title", memberName);
  }

  String taskDetails(String planName, LocalDate endsOn, String email, String phone) {
    String contact =
        Stream.of(phone, email)
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" · "));
    return text("renewals.task.details", planName, dates.format(endsOn))
        + (contact.isBlank() ? "" : "\n" + contact);
  }

  String renewalFailed(String reason) {
    return text("renewals.task.failed", reason);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
