package app.atrium.services.rest;

import app.atrium.services.MemberCard;
import app.atrium.services.MemberCards;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members' cards, which devices read to know whose usage they report. */
@RestController
@RequestMapping("/api/v1/member-cards")
@Tag(name = "Member cards")
class MemberCardsApiController {

  private final MemberCards cards;

  MemberCardsApiController(MemberCards cards) {
    this.cards = cards;
  }

  /** A card to give to a member. */
  record CardRequest(@NotNull UUID memberId, @NotBlank @Size(max = 64) String cardId) {}

  @Operation(summary = "A member's cards, oldest first")
  @GetMapping
  @PreAuthorize("hasRole('STAFF')")
  List<MemberCard> list(@Parameter(description = "The member") @RequestParam UUID memberId) {
    return cards.of(memberId);
  }

  @Operation(
      summary = "Give a card to a member",
      description =
          "cardId: 1-64 letters, digits, ':', '_' or '-' as the device reads it (stored upper"
              + " case), unique in the coworking. The same card to the same member again changes"
              + " nothing; another member's card is a 409.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MemberCard give(@Valid @RequestBody CardRequest request) {
    return cards.give(request.memberId(), request.cardId());
  }

  @Operation(summary = "Take a card away (lost or returned)")
  @DeleteMapping("/{cardId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void take(@PathVariable String cardId) {
    cards.take(cardId);
  }
}
