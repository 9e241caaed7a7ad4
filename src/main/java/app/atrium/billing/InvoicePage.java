package app.atrium.billing;

import java.util.List;

/** One page of invoices and how many match in all. */
public record InvoicePage(List<Invoice> items, long total, int limit, int offset) {}
