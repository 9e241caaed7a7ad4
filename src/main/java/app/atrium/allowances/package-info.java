/**
 * Included allowances as a ledger: each billing period's grant of a membership's plan (meeting-room
 * hours, printed pages, coffee, guest passes) on a balance row, and every use and give-back as an
 * entry naming its source. The balance row is locked and checked by the database, so an overdraft
 * or a double spend cannot happen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Allowances")
package app.atrium.allowances;
