package app.atrium.services;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's catalogue of add-on services. Each call is one transaction, or joins the caller's.
 */
public interface AddOns {

  /** Services with {@code status} (all when null), active first, in display order. */
  List<AddOn> list(AddOnStatus status);

  Optional<AddOn> find(UUID id);

  /** The service, or a 404 problem. */
  AddOn get(UUID id);

  Optional<AddOn> findByCode(String code);

  /** A new service; 409 when its code is taken (archived services keep theirs). */
  AddOn create(AddOnDraft draft);

  /** Changes a service; usage already recorded keeps the price and split it was recorded with. */
  AddOn update(UUID id, AddOnDraft draft);

  /** Takes a service out of the list staff and devices pick from; twice changes nothing. */
  AddOn archive(UUID id);

  AddOn restore(UUID id);
}
