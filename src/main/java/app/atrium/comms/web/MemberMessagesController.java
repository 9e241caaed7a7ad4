package app.atrium.comms.web;

import app.atrium.comms.Attachment;
import app.atrium.comms.Messages;
import app.atrium.tenancy.Locations;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The communication history on the member card: a fragment the card loads with htmx (so the members
 * module needs nothing of this one), and the attachments to download.
 */
@Controller
class MemberMessagesController {

  static final int SHOWN = 50;

  private final Messages messages;
  private final Locations locations;

  MemberMessagesController(Messages messages, Locations locations) {
    this.messages = messages;
    this.locations = locations;
  }

  @GetMapping("/staff/members/{memberId}/messages")
  String history(@PathVariable UUID memberId, Model model) {
    model.addAttribute("memberId", memberId);
    model.addAttribute("messages", messages.history(memberId, SHOWN));
    model.addAttribute("configured", messages.deliveryConfigured());
    model.addAttribute("zone", zone());
    return "comms/history :: history";
  }

  @GetMapping("/staff/messages/{id}/attachments/{position}")
  ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int position) {
    Attachment a = messages.attachment(id, position);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.filename(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(a.content());
  }

  /** Times are shown in the coworking's (first location's) time zone. */
  private ZoneId zone() {
    return locations.list().stream()
        .findFirst()
        .map(l -> ZoneId.of(l.timeZone()))
        .orElse(ZoneId.of("UTC"));
  }
}
