/**
 * A member's month so far, read from every module that records it: her memberships, what is left of
 * her allowances, her bookings with their included and paid parts, and the services she used; what
 * she will pay beyond her plan adds up here before it reaches an invoice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statements")
package app.atrium.statement;
