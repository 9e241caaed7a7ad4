/**
 * The membership rules as plain functions, shared with billing: fees prorated by calendar days
 * (freezes, plan changes, add-ons), upgrade previews, allowance proration and agreed prices.
 */
@org.springframework.modulith.NamedInterface("domain")
package app.atrium.plans.domain;
