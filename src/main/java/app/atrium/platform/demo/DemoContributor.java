package app.atrium.platform.demo;

import java.time.ZoneId;
import java.util.UUID;

/**
 * A module's share of the demo coworking. Contributors run in {@link
 * org.springframework.core.annotation.Order} within the demo tenant's scope, once, on a new
 * database.
 */
public interface DemoContributor {

  void seed(DemoTenant tenant);

  /** The demo tenant and its first location, as created by the tenancy module. */
  record DemoTenant(UUID tenantId, UUID locationId, ZoneId zone) {}
}
