package app.atrium.billing.application;

import app.atrium.billing.BillingProfile;
import app.atrium.billing.TaxMode;
import app.atrium.billing.domain.TaxSetting;
import app.atrium.billing.pdf.InvoicePdf;
import app.atrium.billing.persistence.ProfileStore;
import app.atrium.members.Member;
import app.atrium.members.Members;
import app.atrium.platform.security.AtriumUser;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.platform.web.AtriumException;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import app.atrium.tenancy.TenantSettings;
import app.atrium.tenancy.Tenants;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every billing use case reads first, in its own transaction: the tenant's money settings and
 * billing profile, today in its billing time zone, and who is calling.
 */
@Component
class BillingContext {

  private final Tenants tenants;
  private final Locations locations;
  private final ProfileStore profiles;
  private final Members members;
  private final Clock clock;

  BillingContext(
      Tenants tenants, Locations locations, ProfileStore profiles, Members members, Clock clock) {
    this.tenants = tenants;
    this.locations = locations;
    this.profiles = profiles;
    this.members = members;
    this.clock = clock;
  }

  /** The tenant's settings as billing uses them. */
  record Issuer(TenantSettings tenant, BillingProfile profile, ZoneId zone) {

    Currency currency() {
      return Currency.getInstance(tenant.currency());
    }

    TaxSetting tax() {
      return new TaxSetting(TaxMode.valueOf(tenant.taxMode()), tenant.taxRate());
    }
  }

  Issuer issuer() {
    BillingProfile profile = profile();
    return new Issuer(tenants.current(), profile, ZoneId.of(profile.timeZone()));
  }

  /**
   * The profile, created with the home location's time zone when there is none yet (a read-only
   * transaction gets the same defaults without storing them).
   */
  BillingProfile profile() {
    return profiles
        .find()
        .orElseGet(
            () -> {
              String zone =
                  locations.list().stream().findFirst().map(Location::timeZone).orElse("UTC");
              if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                return new BillingProfile(
                    "",
                    "",
                    "",
                    "",
                    zone,
                    10,
                    "INV",
                    "CN",
                    BillingProfile.OnlineProvider.NONE,
                    false);
              }
              profiles.ensure(zone, clock.instant());
              return profiles.find().orElseThrow();
            });
  }

  /** The issuer as an invoice PDF shows it. */
  InvoicePdf.Issuer pdfIssuer() {
    Issuer i = issuer();
    var logo = profiles.logo();
    return new InvoicePdf.Issuer(
        i.tenant().name(),
        i.tenant().legalName(),
        i.tenant().taxId(),
        i.profile().address(),
        i.profile().email(),
        i.profile().phone(),
        i.profile().bankDetails(),
        logo.map(ProfileStore.Logo::bytes).orElse(null),
        logo.map(ProfileStore.Logo::contentType).orElse(null));
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.of(profile().timeZone())));
  }

  LocalDate today(Issuer issuer) {
    return LocalDate.now(clock.withZone(issuer.zone()));
  }

  Clock clock() {
    return clock;
  }

  UUID tenantId() {
    return TenantContext.requireTenantId();
  }

  /** The signed-in account, if any (jobs and webhooks have none). */
  Optional<AtriumUser> user() {
    return TenantContext.currentUser();
  }

  UUID accountId() {
    return user().map(AtriumUser::accountId).orElse(null);
  }

  /**
   * The member whose data the caller may see only, or empty for staff and jobs. A member without a
   * member card sees nothing: a random id that matches no row.
   */
  Optional<UUID> onlyMember() {
    return user()
        .filter(u -> u.role() == Role.MEMBER)
        .map(u -> members.findByAccount(u.accountId()).map(Member::id).orElse(UUID.randomUUID()));
  }

  /** Refuses a member reading someone else's row: as not found, which is what she can know. */
  void checkVisible(UUID rowMember, String what, UUID id) {
    Optional<UUID> only = onlyMember();
    if (only.isPresent() && !only.get().equals(rowMember)) throw AtriumException.notFound(what, id);
  }
}
