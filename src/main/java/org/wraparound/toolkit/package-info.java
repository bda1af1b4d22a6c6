/**
 * The champion's startup toolkit: a guided path of phases and steps, each with a plain-language guide in English
 * and French (seeded by code, edited by staff, every change kept), a checklist whose progress is kept per
 * community, and links to the fill-in templates and slides it needs; and the champion's dashboard of where their
 * community is on the path.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "communities",
		"audit" })
package org.wraparound.toolkit;
