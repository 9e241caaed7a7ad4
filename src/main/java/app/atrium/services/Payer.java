package app.atrium.services;

import java.util.Objects;
import java.util.UUID;

/** Who pays for usage: a member herself, or the company she is billed to. */
public record Payer(Kind kind, UUID id) {

  public Payer {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static Payer member(UUID memberId) {
    return new Payer(Kind.MEMBER, memberId);
  }

  public static Payer company(UUID companyId) {
    return new Payer(Kind.COMPANY, companyId);
  }

  /** Whose invoice. */
  public enum Kind {
    MEMBER,
    COMPANY
  }
}
