package app.atrium.services;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Members' cards. A card id is trimmed and upper-cased ("04a1 b2" is not one: 1-64 letters, digits,
 * ':', '_' or '-'). Each call is one transaction, or joins the caller's.
 */
public interface MemberCards {

  /** The member's cards, oldest first. */
  List<MemberCard> of(UUID memberId);

  /** Who holds the card. */
  Optional<MemberCard> find(String cardId);

  /**
   * Gives the card to the member; the same card again changes nothing, another member's card is a
   * 409 (take it from them first).
   */
  MemberCard give(UUID memberId, String cardId);

  /** Takes a card away (lost, returned); 404 when no member holds it. */
  void take(String cardId);

  /** The card id as stored, or a 422 problem naming {@code field}. */
  static String normalize(String cardId, String field) {
    String c = cardId == null ? "" : cardId.strip().toUpperCase(java.util.Locale.ROOT);
    if (!c.matches("^[A-Z0-9][A-Z0-9:_-]{0,63}$")) {
      throw app.atrium.platform.web.AtriumException.invalid(
          field, "use 1-64 letters, digits, ':', '_' or '-', starting with a letter or digit");
    }
    return c;
  }
}
