package app.atrium.renewals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.atrium.plans.Membership;
import app.atrium.support.Mails;
import app.atrium.support.Ports;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With SMTP configured, the renewal reminder reaches a real mail server, once. */
class RenewalMailTest extends RenewalsTestSupport {

  static final int SMTP_PORT = Ports.freeLoopbackPort();

  @RegisterExtension static final GreenMailExtension smtp = Mails.server(SMTP_PORT);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    Mails.pointAppAt(registry, SMTP_PORT);
  }

  @Test
  void the_reminder_lands_in_the_mailbox_once_even_when_the_job_runs_twice() throws Exception {
    Coworking c = coworking();
    UUID asel = member(c, "Asel", "Nurlanova");
    Membership m = fixedTerm(c, asel, TODAY.plusDays(5), false);
    String address = "asel-" + c.tenant().slug() + "@example.kz";

    run(c);
    run(c);

    await().atMost(Duration.ofSeconds(15)).until(() -> received(address).length >= 1);
    // Give a second delivery the time to arrive, were there one.
    Thread.sleep(500);
    MimeMessage[] mails = received(address);
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject()).contains("Resident");
    assertThat(history(c, asel))
        .singleElement()
        .satisfies(h -> assertThat(h.to()).isEqualTo(address));
    assertThat(m.id()).isNotNull();
  }

  private static MimeMessage[] received(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            mm -> {
              try {
                return mm.getAllRecipients()[0].toString().equals(address);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toArray(MimeMessage[]::new);
  }
}
