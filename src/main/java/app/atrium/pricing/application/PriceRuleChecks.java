package app.atrium.pricing.application;

import app.atrium.platform.web.AtriumException;
import app.atrium.platform.web.Drafts;
import app.atrium.pricing.PriceRuleDraft;
import app.atrium.pricing.RuleKind;
import app.atrium.pricing.persistence.PriceRuleStore;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Turns a draft from any channel (API, staff page, demo) into a row the table accepts, or a 422
 * naming the field to fix. The table's constraints repeat the rules and have the last word.
 */
@Component
class PriceRuleChecks {

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final int MIDNIGHT = 24 * 60;

  private final Validator validator;
  private final ResourceTypes types;
  private final Resources resources;

  PriceRuleChecks(Validator validator, ResourceTypes types, Resources resources) {
    this.validator = validator;
    this.types = types;
    this.resources = resources;
  }

  PriceRuleStore.Row row(UUID id, PriceRuleDraft d) {
    valid(d);
    if (d.resourceTypeId() == null && d.resourceId() == null) {
      throw AtriumException.invalid(
          "resourceTypeId", "give a resourceTypeId, or a resourceId for one resource");
    }
    if (d.resourceTypeId() != null && d.resourceId() != null) {
      throw AtriumException.invalid(
          "resourceId", "give either a resourceTypeId or a resourceId, not both");
    }
    if (d.resourceTypeId() != null && types.find(d.resourceTypeId()).isEmpty()) {
      throw AtriumException.invalid("resourceTypeId", "no such resource type");
    }
    if (d.resourceId() != null && resources.find(d.resourceId()).isEmpty()) {
      throw AtriumException.invalid("resourceId", "no such resource");
    }
    if (d.kind() == RuleKind.RATE) {
      if (d.amount() == null) throw AtriumException.invalid("amount", "a rate needs an amount");
      if (d.unit() == null)
        throw AtriumException.invalid("unit", "a rate is per HOUR, DAY or BOOKING");
      if (d.percent() != null)
        throw AtriumException.invalid("percent", "only an ADJUSTMENT has a percent");
    } else {
      if (d.percent() == null || d.percent().signum() == 0) {
        throw AtriumException.invalid(
            "percent", "an adjustment needs a percent other than 0 (e.g. -30 for 30% less)");
      }
      if (d.amount() != null)
        throw AtriumException.invalid("amount", "an adjustment has a percent, not an amount");
      if (d.unit() != null) throw AtriumException.invalid("unit", "only a RATE has a unit");
    }
    Integer from = null;
    Integer to = null;
    if (d.from() != null || d.to() != null) {
      from = d.from() == null ? 0 : minutes(d.from());
      to = d.to() == null ? MIDNIGHT : minutes(d.to());
      if (from >= to) {
        throw AtriumException.invalid(
            "to", "must be after from; a band cannot cross midnight (make two rules)");
      }
      if (from == 0 && to == MIDNIGHT) {
        from = null; // all day is no band
        to = null;
      }
    }
    checkDate("validFrom", d.validFrom());
    checkDate("validTo", d.validTo());
    if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
      throw AtriumException.invalid("validTo", "must not be before validFrom");
    }
    List<Integer> weekdays =
        d.weekdays() == null ? null : d.weekdays().stream().distinct().sorted().toList();
    return new PriceRuleStore.Row(
        id,
        d.resourceTypeId(),
        d.resourceId(),
        d.kind(),
        d.label().trim(),
        d.amount(),
        d.unit(),
        d.percent(),
        weekdays,
        from,
        to,
        d.validFrom(),
        d.validTo());
  }

  /** Runs a write; a foreign key that another request broke meanwhile names its field. */
  void write(Runnable write) {
    try {
      write.run();
    } catch (DataIntegrityViolationException e) {
      throw switch (constraint(e)) {
        case "price_rule_type_fk" -> AtriumException.invalid("resourceTypeId", "no such type");
        case "price_rule_resource_fk" -> AtriumException.invalid("resourceId", "no such resource");
        default -> e;
      };
    }
  }

  private void valid(PriceRuleDraft draft) {
    Drafts.check(validator, draft);
  }

  private static int minutes(String hhmm) {
    if (hhmm.equals("24:00")) return MIDNIGHT;
    LocalTime t = LocalTime.parse(hhmm);
    return t.getHour() * 60 + t.getMinute();
  }

  private static void checkDate(String field, LocalDate date) {
    if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
      throw AtriumException.invalid(field, "must be between 2000-01-01 and 2100-12-31");
    }
  }

  private static String constraint(DataIntegrityViolationException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
        String c = p.getServerErrorMessage().getConstraint();
        return c == null ? "" : c;
      }
    }
    return "";
  }
}
