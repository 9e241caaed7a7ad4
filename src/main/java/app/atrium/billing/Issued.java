package app.atrium.billing;

/**
 * The answer to issuing a draft: the invoice, and whether this call issued it ({@code false}: it
 * had been issued before, by an earlier run or another node, and nothing changed).
 */
public record Issued(Invoice invoice, boolean created) {}
