package app.atrium.billing;

import java.time.YearMonth;
import java.util.UUID;

/**
 * Which invoices to list: of a member or a company, of a period, in a status; {@code unpaid} only
 * open ones, {@code overdue} only open ones past their due date. Nulls and false filter nothing.
 */
public record InvoiceQuery(
    UUID memberId,
    UUID companyId,
    YearMonth period,
    InvoiceStatus status,
    boolean unpaid,
    boolean overdue,
    int limit,
    int offset) {

  public static final int MAX_LIMIT = 200;

  public static InvoiceQuery all() {
    return new InvoiceQuery(null, null, null, null, false, false, 50, 0);
  }
}
