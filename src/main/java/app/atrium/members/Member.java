package app.atrium.members;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person of the coworking. {@code companyName} is the name of {@code companyId}'s company (both
 * null without one); {@code accountId} is her portal login, null when she has none.
 */
public record Member(
    UUID id,
    String firstName,
    String lastName,
    String email,
    String phone,
    UUID companyId,
    String companyName,
    boolean billedToCompany,
    List<String> tags,
    MemberStatus status,
    UUID accountId,
    Instant createdAt) {

  public Member {
    tags = List.copyOf(tags);
  }

  /** First and last name as people say them. */
  public String fullName() {
    return lastName == null || lastName.isEmpty() ? firstName : firstName + " " + lastName;
  }

  public boolean active() {
    return status == MemberStatus.ACTIVE;
  }
}
