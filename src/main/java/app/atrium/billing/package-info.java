/**
 * Billing: invoices (drafts, issued immutable and numbered without gaps per tenant and year),
 * credit notes as the only correction, accounting period locks, payments through a {@code
 * PaymentProvider} (staff-recorded, Stripe, the demo's fake card) with partial payments, credit
 * balances and refunds, and invoice PDFs. The monthly invoice run builds {@link InvoiceDraft}s and
 * hands them to {@link Invoicing#issue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package app.atrium.billing;
