/**
 * What Compassionate Communities achieve, for their champions, funders and the people who give their time: one fact
 * row per source record learnt from the other modules' events (or recounted from their facades), daily sums, the
 * champion's impact page with charts and tables, CSV and PDF reports, staff's side-by-side view, and the live
 * figures of the home page. Figures shown outside a circle are aggregates; fewer than 5 people show as such.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "communities",
		"circles", "helping", "volunteers", "stories", "toolkit", "audit" })
package org.wraparound.impact;
