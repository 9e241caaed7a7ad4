package app.atrium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.atrium.platform.security.Role;
import app.atrium.platform.web.AtriumException;
import app.atrium.support.IntegrationTest;
import app.atrium.support.TestTenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** What other modules (plans, billing, booking …) call: lookups and portal logins. */
class MembersModuleApiTest extends IntegrationTest {

  @Autowired Members members;

  private Member create(TestTenant t, String first, String email) {
    return inTenant(
        t.tenantId(),
        () -> members.create(new MemberDraft(first, "Тестова", email, "", null, false, List.of())));
  }

  @Test
  void looks_members_up_by_ids_email_and_login_within_the_tenant_only() {
    TestTenant t = newTenant();
    TestTenant other = newTenant();
    Member asel = create(t, "Асель", "Asel@Example.kz");
    Member dana = create(t, "Дана", null);
    Member stranger = create(other, "Чужая", "stranger@example.kz");

    List<Member> found =
        inTenant(
            t.tenantId(),
            () -> members.getAll(List.of(asel.id(), dana.id(), stranger.id(), UUID.randomUUID())));
    assertThat(found).extracting(Member::firstName).containsExactlyInAnyOrder("Асель", "Дана");
    assertThat(inTenant(t.tenantId(), () -> members.findByEmail(" ASEL@example.kz ")))
        .contains(asel);
    assertThat(inTenant(t.tenantId(), () -> members.findByEmail("stranger@example.kz"))).isEmpty();
    assertThat(inTenant(t.tenantId(), () -> members.find(stranger.id()))).isEmpty();
    assertThatThrownBy(() -> inTenant(t.tenantId(), () -> members.get(stranger.id())))
        .isInstanceOfSatisfying(
            AtriumException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
  }

  @Test
  void links_a_portal_login_of_this_coworking_to_one_member_only() {
    TestTenant t = newTenant();
    TestTenant other = newTenant();
    Member asel = create(t, "Асель", null);
    Member dana = create(t, "Дана", null);
    String email = addUser(t, Role.MEMBER, "Asel Login");
    UUID login = inTenant(t.tenantId(), () -> accounts.grant(email, "Asel Login", Role.MEMBER));
    String foreignEmail = addUser(other, Role.MEMBER, "Foreign Login");
    UUID foreign =
        inTenant(
            other.tenantId(), () -> accounts.grant(foreignEmail, "Foreign Login", Role.MEMBER));

    inTenant(t.tenantId(), () -> members.linkAccount(asel.id(), login));
    assertThat(inTenant(t.tenantId(), () -> members.findByAccount(login)))
        .map(Member::id)
        .contains(asel.id());

    assertThatThrownBy(() -> inTenant(t.tenantId(), () -> members.linkAccount(dana.id(), login)))
        .isInstanceOfSatisfying(
            AtriumException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    assertThatThrownBy(() -> inTenant(t.tenantId(), () -> members.linkAccount(dana.id(), foreign)))
        .isInstanceOfSatisfying(
            AtriumException.class,
            e ->
                assertThat(e.fields())
                    .extracting(AtriumException.FieldProblem::field)
                    .containsExactly("accountId"));

    // Revoking her access to the coworking unlinks the card; the card stays.
    inTenant(
        t.tenantId(),
        () -> {
          accounts.revoke(login);
          return null;
        });
    assertThat(inTenant(t.tenantId(), () -> members.get(asel.id()).accountId())).isNull();
  }
}
