package app.atrium.plans;

import app.atrium.platform.money.Money;
import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.AtriumException.FieldProblem;
import app.atrium.tenancy.Tenants;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's catalogue of plans. */
@Service
public class Plans {

  private static final String COLUMNS =
      "id, code, name, description, price, price_from, period, workplace,"
          + " booking_discount_percent, location_access, access_schedule, freeze_fee_per_day,"
          + " can_book_desks, can_book_rooms, status, sort_order, allowance_pool, rollover";
  private static final String ORDER = " ORDER BY status, sort_order, name, code";

  private final JdbcClient db;
  private final Tenants tenants;
  private final Validator validator;
  private final Clock clock;

  Plans(JdbcClient db, Tenants tenants, Validator validator, Clock clock) {
    this.db = db;
    this.tenants = tenants;
    this.validator = validator;
    this.clock = clock;
  }

  /** Every plan, active ones first, each group in display order. */
  @Transactional(readOnly = true)
  public List<Plan> list() {
    return list(null);
  }

  /** The plans with {@code status} (all when null), in display order. */
  @Transactional(readOnly = true)
  public List<Plan> list(PlanStatus status) {
    return read(
        "SELECT " + COLUMNS + " FROM plan WHERE (CAST(? AS text) IS NULL OR status = ?)" + ORDER,
        status == null ? null : status.name(),
        status == null ? null : status.name());
  }

  @Transactional(readOnly = true)
  public Optional<Plan> find(UUID id) {
    return read("SELECT " + COLUMNS + " FROM plan WHERE id = ?", id).stream().findFirst();
  }

  /** The plan, or a 404 problem. */
  @Transactional(readOnly = true)
  public Plan get(UUID id) {
    return find(id).orElseThrow(() -> AtriumException.notFound("Plan", id));
  }

  @Transactional(readOnly = true)
  public Optional<Plan> findByCode(String code) {
    return read("SELECT " + COLUMNS + " FROM plan WHERE code = ?", code).stream().findFirst();
  }

  @Transactional
  public Plan create(PlanDraft draft) {
    validate(draft);
    if (codeTaken(draft.code(), null)) throw duplicateCode(draft.code());
    UUID id = UUID.randomUUID();
    try {
      db.sql(
              "INSERT INTO plan (tenant_id, id, code, name, description, price, price_from, period,"
                  + " workplace, booking_discount_percent, location_access, access_schedule,"
                  + " freeze_fee_per_day, can_book_desks, can_book_rooms, allowance_pool, rollover,"
                  + " status, sort_order, created_at) VALUES (atrium_current_tenant(), ?, ?, ?, ?, ?,"
                  + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', COALESCE(?, (SELECT"
                  + " LEAST(COALESCE(max(sort_order), 0) + 10, 10000) FROM plan)), ?)")
          .param(id)
          .params(values(draft))
          .param(draft.sortOrder())
          .param(clock.instant().atOffset(ZoneOffset.UTC))
          .update();
    } catch (DuplicateKeyException e) {
      throw duplicateCode(draft.code());
    }
    writeIncluded(id, draft);
    return get(id);
  }

  @Transactional
  public Plan update(UUID id, PlanDraft draft) {
    Plan current = get(id);
    validate(draft);
    if (codeTaken(draft.code(), id)) throw duplicateCode(draft.code());
    try {
      db.sql(
              "UPDATE plan SET code = ?, name = ?, description = ?, price = ?, price_from = ?,"
                  + " period = ?, workplace = ?, booking_discount_percent = ?, location_access = ?,"
                  + " access_schedule = ?, freeze_fee_per_day = ?, can_book_desks = ?,"
                  + " can_book_rooms = ?, allowance_pool = ?, rollover = ?, sort_order = ?"
                  + " WHERE id = ?")
          .params(values(draft))
          .param(draft.sortOrder() == null ? current.sortOrder() : draft.sortOrder())
          .param(id)
          .update();
    } catch (DuplicateKeyException e) {
      throw duplicateCode(draft.code());
    }
    db.sql("DELETE FROM plan_allowance WHERE plan_id = ?").param(id).update();
    db.sql("DELETE FROM plan_extra WHERE plan_id = ?").param(id).update();
    writeIncluded(id, draft);
    return get(id);
  }

  /** Takes the plan off sale; memberships on it carry on. Archiving twice changes nothing. */
  @Transactional
  public Plan archive(UUID id) {
    return setStatus(id, PlanStatus.ARCHIVED);
  }

  /** Puts an archived plan back on sale. */
  @Transactional
  public Plan restore(UUID id) {
    return setStatus(id, PlanStatus.ACTIVE);
  }

  private Plan setStatus(UUID id, PlanStatus status) {
    get(id);
    db.sql("UPDATE plan SET status = ? WHERE id = ?").param(status.name()).param(id).update();
    return get(id);
  }

  private static List<Object> values(PlanDraft d) {
    List<Object> v = new ArrayList<>();
    v.add(d.code());
    v.add(d.name().trim());
    v.add(d.description() == null ? "" : d.description().trim());
    v.add(d.price());
    v.add(Boolean.TRUE.equals(d.priceFrom()));
    v.add(d.period().name());
    v.add(d.workplace().name());
    v.add(orZero(d.bookingDiscountPercent()));
    v.add(d.locationAccess().name());
    v.add(d.accessSchedule().name());
    v.add(orZero(d.freezeFeePerDay()));
    v.add(d.canBookDesks());
    v.add(d.canBookRooms());
    v.add((d.allowancePool() == null ? AllowancePool.MEMBER : d.allowancePool()).name());
    v.add(Boolean.TRUE.equals(d.rollover()));
    return v;
  }

  private void writeIncluded(UUID id, PlanDraft draft) {
    if (draft.allowances() != null) {
      for (Allowance a : draft.allowances()) {
        db.sql(
                "INSERT INTO plan_allowance (tenant_id, plan_id, kind, quantity)"
                    + " VALUES (atrium_current_tenant(), ?, ?, ?)")
            .param(id)
            .param(a.kind().name())
            .param(a.limitless() ? null : a.quantity())
            .update();
      }
    }
    if (draft.extras() != null) {
      for (Extra e : draft.extras()) {
        db.sql(
                "INSERT INTO plan_extra (tenant_id, plan_id, extra)"
                    + " VALUES (atrium_current_tenant(), ?, ?)")
            .param(id)
            .param(e.name())
            .update();
      }
    }
  }

  private boolean codeTaken(String code, UUID except) {
    return db.sql("SELECT count(*) FROM plan WHERE code = ? AND id IS DISTINCT FROM ?")
            .param(code)
            .param(except)
            .query(Long.class)
            .single()
        > 0;
  }

  private static AtriumException duplicateCode(String code) {
    return new AtriumException(
        HttpStatus.CONFLICT,
        "duplicate-code",
        "A plan with the code '"
            + code
            + "' already exists (archived plans keep theirs); choose another code.",
        List.of(new FieldProblem("code", "is taken")));
  }

  /** Bean Validation plus the rules that span fields; every problem at once. */
  private void validate(PlanDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<PlanDraft> v : validator.validate(draft)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    if (draft.allowances() != null) {
      Set<AllowanceKind> seen = new HashSet<>();
      for (int i = 0; i < draft.allowances().size(); i++) {
        Allowance a = draft.allowances().get(i);
        if (a == null || a.kind() == null) continue;
        String at = "allowances[" + i + "].";
        if (!seen.add(a.kind())) problems.add(new FieldProblem(at + "kind", "appears twice"));
        if (a.limitless() && a.quantity() != null) {
          problems.add(
              new FieldProblem(at + "unlimited", "give either a quantity or unlimited, not both"));
        } else if (!a.limitless() && a.quantity() == null) {
          problems.add(
              new FieldProblem(at + "quantity", "is required unless the allowance is unlimited"));
        } else if (a.quantity() != null
            && a.kind().wholeUnits()
            && a.quantity().stripTrailingZeros().scale() > 0) {
          problems.add(new FieldProblem(at + "quantity", "must be a whole number"));
        }
      }
    }
    if (problems.isEmpty()) return;
    problems.sort(Comparator.comparing(FieldProblem::field));
    throw AtriumException.invalid(problems);
  }

  private List<Plan> read(String sql, Object... params) {
    List<Row> rows = db.sql(sql).params(params).query(Plans::row).list();
    if (rows.isEmpty()) return List.of();
    Currency currency = Currency.getInstance(tenants.current().currency());
    // A catalogue holds a handful of plans: read all their allowances and extras in one go each.
    Map<UUID, List<Allowance>> allowances = new HashMap<>();
    db.sql("SELECT plan_id, kind, quantity FROM plan_allowance")
        .query(
            rs -> {
              BigDecimal q = rs.getBigDecimal(3);
              AllowanceKind kind = AllowanceKind.valueOf(rs.getString(2));
              allowances
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(q == null ? Allowance.unlimitedOf(kind) : Allowance.of(kind, normal(q)));
            });
    Map<UUID, Set<Extra>> extras = new HashMap<>();
    db.sql("SELECT plan_id, extra FROM plan_extra")
        .query(
            rs -> {
              extras
                  .computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Extra.class))
                  .add(Extra.valueOf(rs.getString(2)));
            });
    return rows.stream()
        .map(
            r ->
                r.toPlan(
                    currency,
                    allowances.getOrDefault(r.id, List.of()),
                    extras.getOrDefault(r.id, Set.of())))
        .toList();
  }

  /** 5.00 hours reads as 5, 1.50 as 1.5. */
  private static BigDecimal normal(BigDecimal q) {
    BigDecimal s = q.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getBigDecimal("price"),
        rs.getBoolean("price_from"),
        PlanPeriod.valueOf(rs.getString("period")),
        Workplace.valueOf(rs.getString("workplace")),
        normal(rs.getBigDecimal("booking_discount_percent")),
        LocationAccess.valueOf(rs.getString("location_access")),
        AccessSchedule.valueOf(rs.getString("access_schedule")),
        rs.getBigDecimal("freeze_fee_per_day"),
        rs.getBoolean("can_book_desks"),
        rs.getBoolean("can_book_rooms"),
        PlanStatus.valueOf(rs.getString("status")),
        rs.getInt("sort_order"),
        AllowancePool.valueOf(rs.getString("allowance_pool")),
        rs.getBoolean("rollover"));
  }

  private record Row(
      UUID id,
      String code,
      String name,
      String description,
      BigDecimal price,
      boolean priceFrom,
      PlanPeriod period,
      Workplace workplace,
      BigDecimal discount,
      LocationAccess locationAccess,
      AccessSchedule accessSchedule,
      BigDecimal freezeFee,
      boolean canBookDesks,
      boolean canBookRooms,
      PlanStatus status,
      int sortOrder,
      AllowancePool pool,
      boolean rollover) {

    Plan toPlan(Currency currency, List<Allowance> allowances, Set<Extra> extras) {
      return new Plan(
          id,
          code,
          name,
          description,
          Money.of(price, currency),
          priceFrom,
          period,
          workplace,
          allowances,
          extras,
          discount,
          locationAccess,
          accessSchedule,
          Money.of(freezeFee, currency),
          canBookDesks,
          canBookRooms,
          status,
          sortOrder,
          pool,
          rollover);
    }
  }
}
