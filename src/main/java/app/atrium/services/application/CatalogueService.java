package app.atrium.services.application;

import app.atrium.plans.AllowanceKind;
import app.atrium.plans.Plans;
import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.AtriumException.FieldProblem;
import app.atrium.services.AddOn;
import app.atrium.services.AddOnDraft;
import app.atrium.services.AddOnStatus;
import app.atrium.services.AddOns;
import app.atrium.services.persistence.CatalogueStore;
import app.atrium.tenancy.Tenants;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of services: one transaction per use case, joining the caller's when there is one.
 */
@Service
class CatalogueService implements AddOns {

  private final CatalogueStore store;
  private final Checks checks;
  private final Plans plans;
  private final Tenants tenants;

  CatalogueService(CatalogueStore store, Checks checks, Plans plans, Tenants tenants) {
    this.store = store;
    this.checks = checks;
    this.plans = plans;
    this.tenants = tenants;
  }

  @Override
  @Transactional(readOnly = true)
  public List<AddOn> list(AddOnStatus status) {
    return store.list(status, currency());
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AddOn> find(UUID id) {
    return store.find(id, currency());
  }

  @Override
  @Transactional(readOnly = true)
  public AddOn get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Service", id));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AddOn> findByCode(String code) {
    if (code == null || code.isBlank() || code.length() > 40) return Optional.empty();
    return store.findByCode(code.strip().toUpperCase(Locale.ROOT), currency());
  }

  @Override
  @Transactional
  public AddOn create(AddOnDraft draft) {
    Actor.current().requireStaff();
    UUID id = UUID.randomUUID();
    CatalogueStore.Row row = row(id, draft);
    if (store.codeTaken(row.code(), null)) throw duplicateCode(row.code());
    write(() -> store.insert(row, checks.now()), row.code());
    return get(id);
  }

  @Override
  @Transactional
  public AddOn update(UUID id, AddOnDraft draft) {
    Actor.current().requireStaff();
    store.findForUpdate(id, currency()).orElseThrow(() -> AtriumException.notFound("Service", id));
    CatalogueStore.Row row = row(id, draft);
    if (store.codeTaken(row.code(), id)) throw duplicateCode(row.code());
    write(() -> store.update(row), row.code());
    return get(id);
  }

  @Override
  @Transactional
  public AddOn archive(UUID id) {
    return setStatus(id, AddOnStatus.ARCHIVED);
  }

  @Override
  @Transactional
  public AddOn restore(UUID id) {
    return setStatus(id, AddOnStatus.ACTIVE);
  }

  private AddOn setStatus(UUID id, AddOnStatus status) {
    Actor.current().requireStaff();
    store.findForUpdate(id, currency()).orElseThrow(() -> AtriumException.notFound("Service", id));
    store.setStatus(id, status);
    return get(id);
  }

  private CatalogueStore.Row row(UUID id, AddOnDraft d) {
    checks.valid(d);
    if (d.allowanceKind() == AllowanceKind.MEETING_ROOM_HOURS) {
      throw AtriumException.invalid(
          "allowanceKind",
          "meeting-room hours are drawn by bookings; choose PRINTED_PAGES, COFFEE or GUEST_PASSES");
    }
    if (d.price().stripTrailingZeros().scale() > 2) {
      throw AtriumException.invalid("price", "at most 2 decimals");
    }
    Set<UUID> planIds = d.includedPlanIds() == null ? Set.of() : Set.copyOf(d.includedPlanIds());
    for (UUID plan : planIds) {
      if (plans.find(plan).isEmpty()) {
        throw AtriumException.invalid("includedPlanIds", "no such plan: " + plan);
      }
    }
    return new CatalogueStore.Row(
        id,
        d.code(),
        d.name().strip(),
        d.unit(),
        d.price(),
        d.allowanceKind(),
        planIds,
        d.sortOrder(),
        Boolean.TRUE.equals(d.bookingExtra()));
  }

  /** Runs a write; a constraint another request broke meanwhile names its field. */
  private static void write(Runnable write, String code) {
    try {
      write.run();
    } catch (DataIntegrityViolationException e) {
      throw switch (Checks.constraint(e)) {
        case "service_code_key" -> duplicateCode(code);
        case "service_plan_plan_fk" -> AtriumException.invalid("includedPlanIds", "no such plan");
        default -> e;
      };
    }
  }

  private static AtriumException duplicateCode(String code) {
    return new AtriumException(
        HttpStatus.CONFLICT,
        "duplicate-code",
        "A service with the code '"
            + code
            + "' already exists (archived services keep theirs); choose another code.",
        List.of(new FieldProblem("code", "is taken")));
  }

  private String currency() {
    return tenants.current().currency();
  }
}
