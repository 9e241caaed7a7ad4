/** Tenants (a coworking's legal entity and settings), their locations, and first-run setup. */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package app.atrium.tenancy;
