package app.atrium.comms.rest;

import app.atrium.comms.Message;
import app.atrium.comms.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The communication history: messages sent to members and whether they went out. */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "Messages")
@PreAuthorize("hasRole('STAFF')")
class MessagesApiController {

  private final Messages messages;

  MessagesApiController(Messages messages) {
    this.messages = messages;
  }

  @Operation(
      summary = "List messages, newest first",
      description =
          "Of one member with memberId, else of the whole coworking. status: QUEUED (in the"
              + " outbox), SENT, FAILED (lastError says why) or NOT_CONFIGURED (no mail server:"
              + " kept, never sent). Attachments are listed without their content.")
  @GetMapping
  List<Message> list(
      @RequestParam(required = false) UUID memberId,
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
    return memberId == null ? messages.recent(limit) : messages.history(memberId, limit);
  }

  @Operation(summary = "One message")
  @GetMapping("/{id}")
  Message get(@PathVariable UUID id) {
    return messages.get(id);
  }
}
