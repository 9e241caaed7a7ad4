/**
 * Staff to-dos: a title, details, a due date, an assignee among the staff, what the task is about
 * (a member, an invoice, a lead …) and who made it, a person or a job; a job's dedupe key makes its
 * task exist once. Used by plans (renewals), billing and sales; staff see them at /staff/tasks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package app.atrium.tasks;
