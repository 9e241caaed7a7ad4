package app.atrium.billing;

import java.util.Optional;
import java.util.UUID;

/**
 * What other modules ask billing about a member: whether her door access is suspended for an unpaid
 * invoice (what door access reads), and where she stands with her invoices.
 */
public interface Billing {

  /**
   * Whether the member's access is suspended: the coworking suspends access in its dunning policy
   * and an invoice she pays (or her company pays for her) is still open after the last reminder.
   * Lifted the moment that invoice is paid or credited, or the policy stops suspending.
   */
  boolean accessSuspended(UUID memberId);

  /** Why the member's access is suspended, or empty when it is not. */
  Optional<AccessSuspension> suspension(UUID memberId);

  /** The payer's invoices, payments and credit at a glance. */
  Balance balance(Payer payer);
}
