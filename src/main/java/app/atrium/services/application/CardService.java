package app.atrium.services.application;

import app.atrium.members.Members;
import app.atrium.platform.web.AtriumException;
import app.atrium.services.MemberCard;
import app.atrium.services.MemberCards;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' cards: one transaction per use case, joining the caller's when there is one. */
@Service
class CardService implements MemberCards {

  private final app.atrium.services.persistence.CardStore store;
  private final Members members;
  private final Checks checks;

  CardService(app.atrium.services.persistence.CardStore store, Members members, Checks checks) {
    this.store = store;
    this.members = members;
    this.checks = checks;
  }

  @Override
  @Transactional(readOnly = true)
  public List<MemberCard> of(UUID memberId) {
    Actor.current().requireStaff();
    members.get(memberId);
    return store.of(memberId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MemberCard> find(String cardId) {
    if (cardId == null || cardId.isBlank() || cardId.length() > 64) return Optional.empty();
    return store.find(cardId.strip().toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  @Transactional
  public MemberCard give(UUID memberId, String cardId) {
    Actor.current().requireStaff();
    if (memberId == null) throw AtriumException.invalid("memberId", "is required");
    String card = MemberCards.normalize(cardId, "cardId");
    if (members.find(memberId).isEmpty()) {
      throw AtriumException.invalid("memberId", "no such member");
    }
    MemberCard held;
    try {
      held = store.give(card, memberId, checks.now());
    } catch (DataIntegrityViolationException e) {
      if (Checks.constraint(e).equals("member_card_member_fk")) {
        throw AtriumException.invalid("memberId", "no such member");
      }
      throw e;
    }
    if (!held.memberId().equals(memberId)) {
      throw AtriumException.conflict(
          "card-taken",
          "The card " + card + " belongs to another member; take it from them first.");
    }
    return held;
  }

  @Override
  @Transactional
  public void take(String cardId) {
    Actor.current().requireStaff();
    String card = cardId == null ? "" : cardId.strip().toUpperCase(java.util.Locale.ROOT);
    if (card.isEmpty() || card.length() > 64 || !store.take(card)) {
      throw AtriumException.notFound("Card", card);
    }
  }
}
