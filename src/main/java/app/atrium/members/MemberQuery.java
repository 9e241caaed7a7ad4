package app.atrium.members;

import java.util.UUID;

/**
 * A search of members: {@code q} matches parts of the name, email or phone (every word must match,
 * case-insensitively); null filters match everything ({@code status} null: any status).
 */
public record MemberQuery(
    String q, UUID companyId, String tag, MemberStatus status, int limit, int offset) {

  public static final int MAX_LIMIT = 200;

  /** The first {@code limit} active members matching {@code q}. */
  public static MemberQuery active(String q, int limit) {
    return new MemberQuery(q, null, null, MemberStatus.ACTIVE, limit, 0);
  }
}
