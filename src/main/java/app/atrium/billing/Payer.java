package app.atrium.billing;

import java.util.Objects;
import java.util.UUID;

/** Who an invoice is addressed to and who pays it: a member, or a company for its people. */
public record Payer(PayerType type, UUID id) {

  public Payer {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  public static Payer member(UUID memberId) {
    return new Payer(PayerType.MEMBER, memberId);
  }

  public static Payer company(UUID companyId) {
    return new Payer(PayerType.COMPANY, companyId);
  }

  /** The member id, or null for a company. */
  public UUID memberId() {
    return type == PayerType.MEMBER ? id : null;
  }

  /** The company id, or null for a member. */
  public UUID companyId() {
    return type == PayerType.COMPANY ? id : null;
  }

  /** The payer of a row with a member_id and a company_id column, one of them null. */
  public static Payer of(UUID memberId, UUID companyId) {
    return memberId != null ? member(memberId) : company(companyId);
  }

  /** Whether a payer is a member or a company. */
  public enum PayerType {
    MEMBER,
    COMPANY
  }
}
