/**
 * The care circle around a person living with serious illness: their consent, profile and preferences, the people
 * in the circle and their roles, and what is needed in each support domain. Only members (and the community's
 * champions, for triage) can open a circle; every read and change is written to the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "communities",
		"audit", "directory" })
package org.wraparound.circles;
