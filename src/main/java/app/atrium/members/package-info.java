/**
 * The people of the coworking: members (contact data, company, tags, portal login, a dated notes
 * timeline) and the companies that employ and may pay for them. Staff pages, the member portal's
 * home page and the REST API live in its sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members")
package app.atrium.members;
