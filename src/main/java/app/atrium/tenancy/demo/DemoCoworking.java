package app.atrium.tenancy.demo;

import app.atrium.platform.demo.DemoContributor;
import app.atrium.platform.security.Accounts;
import app.atrium.platform.security.Role;
import app.atrium.platform.tenant.TenantContext;
import app.atrium.tenancy.Onboarding;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference coworking of PRODUCT.md, created on a new database in demo mode: Atrium Almaty
 * (KZT, Asia/Almaty, open 08:00-22:00, not a VAT payer) with its staff; the other modules add their
 * parts through {@link DemoContributor}s.
 */
@Component
@Order(0)
class DemoCoworking implements ApplicationRunner {

  static final String PASSWORD = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoCoworking.class);

  private final DemoMode mode;
  private final Onboarding onboarding;
  private final Accounts accounts;
  private final List<DemoContributor> contributors;
  private final TransactionTemplate tx;

  DemoCoworking(
      DemoMode mode,
      Onboarding onboarding,
      Accounts accounts,
      List<DemoContributor> contributors,
      TransactionTemplate tx) {
    this.mode = mode;
    this.onboarding = onboarding;
    this.accounts = accounts;
    this.contributors = contributors;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.enabled() || onboarding.anyTenant()) return;
    log.info("New database in demo mode: creating the demo coworking");
    var created =
        onboarding.create(
            new Onboarding.NewCoworking(
                "Atrium Almaty",
                "demo",
                "KZT",
                "ru",
                "Asia/Almaty",
                "Атриум на Абая",
                "пр. Абая 10, Алматы",
                "Дамир Сейткали",
                "damir@demo.atrium",
                "demo-owner-password"),
            true);
    var tenant =
        new DemoContributor.DemoTenant(
            created.tenantId(), created.locationId(), ZoneId.of("Asia/Almaty"));
    TenantContext.runAs(
        tenant.tenantId(),
        () ->
            tx.executeWithoutResult(
                s -> {
                  // The demo's logins all use the password "demo" (shown on the login page).
                  accounts.setInitialPassword(created.ownerAccountId(), PASSWORD);
                  var gulnara =
                      accounts.grant("gulnara@demo.atrium", "Гульнара Ахметова", Role.ADMIN);
                  accounts.setInitialPassword(gulnara, PASSWORD);
                  var aigerim =
                      accounts.grant("aigerim@demo.atrium", "Айгерим Нурланова", Role.ACCOUNTANT);
                  accounts.setInitialPassword(aigerim, PASSWORD);
                  for (DemoContributor c : contributors) c.seed(tenant);
                }));
    log.info("Demo coworking ready: sign in as damir@demo.atrium / demo");
  }
}
