/**
 * Volunteers of a Compassionate Community: the application to volunteer (kept as a draft until sent), its
 * screening by the community's champions (the police check's status and dates only, never the document), and the
 * approved volunteers' profiles that matching ranks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "communities",
		"audit", "helping", "circles" })
package org.wraparound.volunteers;
