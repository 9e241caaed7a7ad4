/**
 * Renewals of fixed-term memberships: a daily check (07:00 at the coworking, on one node) that
 * reminds each member whose term ends within the coworking's notice period, renews it when autopay
 * is on and otherwise gives the staff a "call about renewal" task, each exactly once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Renewals")
package app.atrium.renewals;
