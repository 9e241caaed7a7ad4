/**
 * Add-on services: the catalogue (printing, coffee, parcels, parking, guest passes …) with prices,
 * the allowance each draws on and the plans that include it; usage recorded by staff or reported by
 * devices, priced and frozen per row, drawing on included allowances in the same transaction;
 * members' cards that devices read; and the month's priced lines the billing reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services")
package app.atrium.services;
