package app.atrium.plans.application;

import app.atrium.plans.Plan;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

/** The tenant's plans by id and its currency: what turning rows into views needs. */
public record Catalogue(Map<UUID, Plan> plans, Currency currency) {

  public Plan plan(UUID id) {
    Plan p = plans.get(id);
    if (p == null) throw new IllegalStateException("Plan " + id + " is missing");
    return p;
  }
}
