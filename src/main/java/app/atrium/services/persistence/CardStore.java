package app.atrium.services.persistence;

import app.atrium.services.MemberCard;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code member_card}. */
@Repository
public class CardStore {

  private final JdbcClient db;

  CardStore(JdbcClient db) {
    this.db = db;
  }

  public List<MemberCard> of(UUID memberId) {
    return db.sql(
            "SELECT card_id, member_id, created_at FROM member_card WHERE member_id = ?"
                + " ORDER BY created_at, card_id")
        .param(memberId)
        .query(CardStore::card)
        .list();
  }

  public Optional<MemberCard> find(String cardId) {
    return db.sql("SELECT card_id, member_id, created_at FROM member_card WHERE card_id = ?")
        .param(cardId)
        .query(CardStore::card)
        .optional();
  }

  /** Inserts the card unless it exists; answers who holds it afterwards. */
  public MemberCard give(String cardId, UUID memberId, Instant at) {
    db.sql(
            "INSERT INTO member_card (tenant_id, card_id, member_id, created_at)"
                + " VALUES (atrium_current_tenant(), ?, ?, ?) ON CONFLICT DO NOTHING")
        .param(cardId)
        .param(memberId)
        .param(OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
    return find(cardId).orElseThrow();
  }

  public boolean take(String cardId) {
    return db.sql("DELETE FROM member_card WHERE card_id = ?").param(cardId).update() > 0;
  }

  private static MemberCard card(ResultSet rs, int i) throws SQLException {
    return new MemberCard(
        rs.getString("card_id"),
        rs.getObject("member_id", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
