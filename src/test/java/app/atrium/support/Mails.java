package app.atrium.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server for a test class (GreenMail on a free loopback port) and reading what it
 * received: by recipient and subject, a message's text and attachment. A test class keeps the
 * server in a static {@code @RegisterExtension} field from {@link #server(int)} and points the app
 * at it from its {@code @DynamicPropertySource} with {@link #pointAppAt(DynamicPropertyRegistry,
 * int)}.
 */
public final class Mails {

  private Mails() {}

  /** A GreenMail SMTP server on 127.0.0.1:{@code port}, one for the whole test class. */
  public static GreenMailExtension server(int port) {
    return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withPerMethodLifecycle(false);
  }

  /** The app's mail settings for the server on {@code port}. */
  public static void pointAppAt(DynamicPropertyRegistry registry, int port) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> port);
    registry.add("atrium.comms.from", () -> "desk@atrium.test");
  }

  /** Waits up to 20 s for a message to {@code to} whose subject starts so; answers it. */
  public static MimeMessage await(GreenMailExtension smtp, String to, String subjectStart) {
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> received(smtp, to).stream().anyMatch(m -> subject(m).startsWith(subjectStart)));
    return received(smtp, to).stream()
        .filter(m -> subject(m).startsWith(subjectStart))
        .findFirst()
        .orElseThrow();
  }

  /** The messages received for {@code address}, oldest first. */
  public static List<MimeMessage> received(GreenMailExtension smtp, String address) {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        if (m.getAllRecipients()[0].toString().equals(address)) found.add(m);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  public static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first body part of MIME {@code type} that is not an attachment, or null. */
  public static String textOf(Part part, String type) throws Exception {
    if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return part.getContent().toString();
    }
    if (part.getContent() instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        String found = textOf(mp.getBodyPart(i), type);
        if (found != null) return found;
      }
    }
    return null;
  }

  /** The first attachment, or null. */
  public static BodyPart attachment(Part part) throws Exception {
    if (part.getContent() instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart p = mp.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) return p;
        BodyPart inner = attachment(p);
        if (inner != null) return inner;
      }
    }
    return null;
  }
}
