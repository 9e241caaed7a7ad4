/**
 * Communication history and email: every message sent to a member (to whom, subject, body,
 * attachments, whether and when it went out) is kept and shown on the member card. Email goes out
 * over SMTP from an outbox after commit, with retries, when a mail server is configured; without
 * one the message is still kept. A job's dedupe key sends its message once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communications")
package app.atrium.comms;
