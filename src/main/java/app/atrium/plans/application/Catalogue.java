package app.atrium.plans.application;

import app.atrium.plans.Plan;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tenant's plans by id and its currency: what turning rows into views needs. A plan created
 * after it was read is looked up on first use.
 */
public record Catalogue(
    Map<UUID, Plan> plans, Currency currency, Function<UUID, Optional<Plan>> more) {

  public Catalogue {
    plans = new ConcurrentHashMap<>(plans);
  }

  public Plan plan(UUID id) {
    Plan p = plans.get(id);
    if (p != null) return p;
    p = more.apply(id).orElseThrow(() -> new IllegalStateException("Plan " + id + " is missing"));
    plans.put(id, p);
    return p;
  }
}
