package app.atrium.billing;

import java.math.BigDecimal;

/**
 * Where a payer stands, in the tenant's currency: what was invoiced (issued invoices less credit
 * notes), paid (less refunds), what is still due on open invoices and how much of it is overdue,
 * and the credit kept for the next invoices.
 */
public record Balance(
    Payer payer,
    String currency,
    BigDecimal invoiced,
    BigDecimal paid,
    BigDecimal due,
    BigDecimal overdue,
    BigDecimal credit,
    int openInvoices,
    int overdueInvoices) {}
