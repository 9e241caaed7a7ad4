/**
 * Plumbing every module stands on: database and tenancy context, security, errors, i18n and the
 * page layout. Open to all modules.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.atrium.platform;
