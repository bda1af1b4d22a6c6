/**
 * Help requests in a care circle (a meal, a ride, a visit…): posting them, the one slot-claim through which anyone
 * ever commits to one, withdrawing, the circle's agenda, completion and thanks. Every read and change is checked
 * against circle membership and written to the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "circles",
		"communities", "audit" })
package org.wraparound.helping;
