package app.atrium.tenancy;

import app.atrium.platform.security.Accounts;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates a coworking: the tenant, its first location and its owner's login. */
@Service
public class Onboarding {

  private final JdbcClient db;
  private final Locations locations;
  private final Accounts accounts;
  private final TransactionTemplate tx;

  Onboarding(JdbcClient db, Locations locations, Accounts accounts, TransactionTemplate tx) {
    this.db = db;
    this.locations = locations;
    this.accounts = accounts;
    this.tx = tx;
  }

  /** What the first-run form (or the platform) asks for. */
  public record NewCoworking(
      @NotBlank @Size(max = 200) String name,
      @NotBlank
          @Pattern(
              regexp = "^[a-z0-9][a-z0-9-]{1,39}$",
              message = "use 2-40 lowercase letters, digits or '-'")
          String slug,
      @NotBlank @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as KZT")
          String currency,
      @NotBlank @Pattern(regexp = "^(ru|en|es)$", message = "must be ru, en or es") String locale,
      @NotBlank @Size(max = 64) String timeZone,
      @NotBlank @Size(max = 200) String locationName,
      @Size(max = 500) String address,
      @NotBlank @Size(max = 200) String ownerName,
      @NotBlank @Email @Size(max = 254) String ownerEmail,
      @NotBlank @Size(min = 8, max = 200, message = "must be 8 to 200 characters")
          String ownerPassword) {}

  /** The new tenant and its first location. */
  public record Created(UUID tenantId, UUID locationId, UUID ownerAccountId) {}

  public Created create(NewCoworking c, boolean demo) {
    Boolean taken =
        db.sql("SELECT atrium_slug_taken(?)").param(c.slug()).query(Boolean.class).single();
    if (taken) {
      throw AtriumException.conflict(
          "duplicate-slug", "The address '" + c.slug() + "' is taken; choose another.");
    }
    UUID tenantId = UUID.randomUUID();
    return TenantContext.callAs(
        tenantId,
        () ->
            tx.execute(
                status -> {
                  db.sql(
                          "INSERT INTO tenant (id, slug, name, currency, locale, demo, tax_mode, tax_rate)"
                              + " VALUES (?, ?, ?, ?, ?, ?, 'NONE', ?)")
                      .param(tenantId)
                      .param(c.slug().toLowerCase(Locale.ROOT))
                      .param(c.name().trim())
                      .param(c.currency())
                      .param(c.locale())
                      .param(demo)
                      .param(BigDecimal.ZERO)
                      .update();
                  List<OpeningHours> hours =
                      IntStream.rangeClosed(1, 7)
                          .mapToObj(d -> new OpeningHours(d, "08:00", "22:00"))
                          .toList();
                  Location location =
                      locations.create(
                          new LocationDraft(c.locationName(), c.address(), c.timeZone(), hours));
                  UUID owner = accounts.grant(c.ownerEmail(), c.ownerName(), Role.OWNER);
                  accounts.setInitialPassword(owner, c.ownerPassword());
                  return new Created(tenantId, location.id(), owner);
                }));
  }

  /** Whether any coworking exists yet (the first visit shows setup when none does). */
  public boolean anyTenant() {
    return tx.execute(s -> db.sql("SELECT atrium_has_tenants()").query(Boolean.class).single());
  }
}
