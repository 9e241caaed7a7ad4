/**
 * The tenant's catalogue of plans (price, workplace, allowances, extras, booking rights and
 * discount, access) and the memberships that put members on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package app.atrium.plans;
