/**
 * How the public reaches the team behind Wraparound: the contact form (an inquiry in the staff inbox, a confirmation
 * to the person, a notice to staff), the phone line with its hours and call-back requests, and the staff inbox where
 * inquiries are answered (by email, kept in the thread), assigned and closed. The live chat lives in {@code chat}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "audit" })
package org.wraparound.contact;
