package app.atrium.comms.delivery;

import app.atrium.comms.Attachment;
import app.atrium.comms.CommsProperties;
import app.atrium.comms.Message;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The SMTP server, when {@code spring.mail.host} names one. Each message goes out with a Message-ID
 * made from its own id, so a resend after a crash between sending and recording carries the same id
 * and the receiving side can tell.
 */
@Component
public class MailGateway {

  private final JavaMailSender sender;
  private final CommsProperties props;

  MailGateway(ObjectProvider<JavaMailSender> sender, Environment env, CommsProperties props) {
    String host = env.getProperty("spring.mail.host", "");
    this.sender = host.isBlank() ? null : sender.getIfAvailable();
    this.props = props;
  }

  /** Whether messages can go out at all. */
  public boolean configured() {
    return sender != null;
  }

  /** Sends {@code m} from the coworking {@code senderName}; throws when the server says no. */
  void send(Message m, List<Attachment> attachments, String senderName) {
    try {
      MimeMessage mime = newMessage("<" + m.id() + "@atrium>");
      boolean multipart = m.bodyHtml() != null || !attachments.isEmpty();
      var helper = new MimeMessageHelper(mime, multipart, StandardCharsets.UTF_8.name());
      helper.setFrom(new InternetAddress(props.from(), senderName, StandardCharsets.UTF_8.name()));
      helper.setTo(m.to());
      helper.setSubject(m.subject());
      if (m.bodyHtml() != null) helper.setText(m.bodyText(), m.bodyHtml());
      else helper.setText(m.bodyText());
      for (Attachment a : attachments) helper.getRootMimeMultipart().addBodyPart(part(a));
      sender.send(mime);
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailDeliveryException(e.getMessage(), e);
    }
  }

  /**
   * An attachment in base64 whatever it holds: left to itself JavaMail may send a text-like file (a
   * CSV, a PDF of mostly ASCII) as 7-bit text and rewrite its line endings.
   */
  private static MimeBodyPart part(Attachment a) throws MessagingException {
    var part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
    try {
      part.setFileName(MimeUtility.encodeText(a.filename(), StandardCharsets.UTF_8.name(), null));
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException(e.getMessage(), e);
    }
    part.setDisposition(Part.ATTACHMENT);
    part.setHeader("Content-Transfer-Encoding", "base64");
    return part;
  }

  private MimeMessage newMessage(String messageId) {
    Session session =
        sender instanceof JavaMailSenderImpl impl
            ? impl.getSession()
            : sender.createMimeMessage().getSession();
    return new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
  }

  /** A message the mail server could not take. */
  static final class MailDeliveryException extends MailException {
    MailDeliveryException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
