package app.atrium.support;

import java.util.UUID;

/** A fresh coworking made for one test: its ids, its owner's login and an API token. */
public record TestTenant(
    UUID tenantId, UUID locationId, String slug, String ownerEmail, String password, String token) {

  public String bearer() {
    return "Bearer " + token;
  }
}
