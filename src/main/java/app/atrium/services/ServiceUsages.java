package app.atrium.services;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Usage of services: what staff, members and devices record, what the member card shows and what
 * the billing invoices. Each call is one transaction, or joins the caller's.
 */
public interface ServiceUsages {

  /**
   * Records a use by a member, priced and split at once: a service her plan includes is free; one
   * that draws on an allowance takes what is left of it (in the same transaction), the rest is paid
   * at the service's price of this moment.
   */
  ServiceUsage record(UsageDraft draft);

  /**
   * Takes back part or all of a recorded usage as a new, negative entry with a reason: paid units
   * first, then included ones, whose allowance is given back.
   */
  ServiceUsage correct(UUID usageId, CorrectionDraft draft);

  Optional<ServiceUsage> find(UUID id);

  /** The usage row, or a 404 problem. */
  ServiceUsage get(UUID id);

  /** The month usage by the member at {@code at} belongs to (her home location's calendar). */
  YearMonth periodOf(UUID memberId, Instant at);

  /** A member's running usage of {@code month}. Members may read only their own. */
  MonthUsage month(UUID memberId, YearMonth month);

  /**
   * The priced lines of {@code payer} for {@code month}, oldest first, for the invoice: a member's
   * own usage when she pays herself, or all usage billed to a company. Whose usage a company pays
   * is decided when it is recorded ({@code Member.billedToCompany()} then) and never changes.
   * Included lines come with amount 0; corrections are negative lines.
   */
  List<UsageLine> linesFor(Payer payer, YearMonth month);

  /**
   * The priced lines of {@code month} of all these members at once, whoever pays (see {@link
   * UsageLine#payerCompanyId()}), by member and then oldest first: what an invoice run reads in one
   * query. No caller check (a job's call).
   */
  List<UsageLine> lines(java.util.Collection<UUID> memberIds, YearMonth month);
}
