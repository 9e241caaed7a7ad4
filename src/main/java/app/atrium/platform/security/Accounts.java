package app.atrium.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Global identities (one email, possibly several coworkings) and their role in the current tenant.
 * Every cross-tenant read goes through the database's narrow SECURITY DEFINER functions.
 */
@Service
public class Accounts {

  private final JdbcClient db;
  private final PasswordEncoder passwords;

  Accounts(JdbcClient db, PasswordEncoder passwords) {
    this.db = db;
    this.passwords = passwords;
  }

  /** The account behind an email, for sign-in. */
  record Credentials(UUID accountId, String passwordHash, String displayName) {}

  /** A tenant an account belongs to, with its role there. */
  public record Membership(UUID tenantId, String slug, String name, String locale, Role role) {}

  @Transactional(readOnly = true)
  Optional<Credentials> credentials(String email) {
    return db.sql("SELECT account_id, password_hash, display_name FROM atrium_login_lookup(?)")
        .param(email.trim())
        .query(
            (rs, i) ->
                new Credentials(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
        .optional();
  }

  @Transactional(readOnly = true)
  public List<Membership> tenantsOf(UUID accountId) {
    return db.sql("SELECT tenant_id, slug, name, locale, role FROM atrium_account_tenants(?)")
        .param(accountId)
        .query(
            (rs, i) ->
                new Membership(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    Role.valueOf(rs.getString(5))))
        .list();
  }

  /**
   * Gives {@code email} the {@code role} in the current tenant, creating the account when it is
   * new. An existing account keeps its password: a tenant can never set another's.
   */
  @Transactional
  public UUID grant(String email, String displayName, Role role) {
    UUID accountId =
        db.sql("SELECT atrium_account_ensure(?, ?)")
            .param(email)
            .param(displayName)
            .query(UUID.class)
            .single();
    db.sql(
            """
            INSERT INTO tenant_user (tenant_id, account_id, role)
            VALUES (atrium_current_tenant(), ?, ?)
            ON CONFLICT (tenant_id, account_id) DO UPDATE SET role = EXCLUDED.role
            """)
        .param(accountId)
        .param(role.name())
        .update();
    return accountId;
  }

  /** Sets the password of an account of the current tenant that has none yet. */
  @Transactional
  public void setInitialPassword(UUID accountId, String rawPassword) {
    db.sql("SELECT atrium_account_set_password(?, ?)")
        .param(accountId)
        .param(passwords.encode(rawPassword))
        .query(Boolean.class)
        .single();
  }

  /** A person who works at the current coworking (any role but MEMBER). */
  public record StaffAccount(UUID accountId, String displayName, String email, Role role) {}

  /** The current tenant's staff, in the order they joined (the owner first). */
  @Transactional(readOnly = true)
  public List<StaffAccount> staff() {
    return db.sql(
            """
            SELECT a.id, a.display_name, a.email, tu.role
              FROM tenant_user tu JOIN account a ON a.id = tu.account_id
             WHERE tu.role <> 'MEMBER'
             ORDER BY tu.created_at, a.id
            """)
        .query(
            (rs, i) ->
                new StaffAccount(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    Role.valueOf(rs.getString(4))))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Role> roleOf(UUID accountId) {
    return db.sql("SELECT role FROM tenant_user WHERE account_id = ?")
        .param(accountId)
        .query(String.class)
        .optional()
        .map(Role::valueOf);
  }

  /** Whether an account with this email belongs to the current tenant. */
  @Transactional(readOnly = true)
  public boolean belongsToTenant(String email) {
    return db.sql("SELECT count(*) FROM account WHERE email = lower(trim(?))")
            .param(email)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Removes an account's access to the current tenant (the account itself stays). */
  @Transactional
  public void revoke(UUID accountId) {
    db.sql("DELETE FROM tenant_user WHERE account_id = ?").param(accountId).update();
  }
}
