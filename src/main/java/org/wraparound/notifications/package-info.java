/**
 * Email to people, in their own language, that is never lost: it is written from the events other modules publish,
 * sent over SMTP (or kept for the staff's dev outbox page when no mail server is set), and recorded once per event.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "communities", "circles",
		"helping", "stories", "volunteers", "contact", "contact :: chat", "impact", "matching" })
package org.wraparound.notifications;
