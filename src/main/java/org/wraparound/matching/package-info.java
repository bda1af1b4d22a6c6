/**
 * Matching ranks a community's volunteers for a help request: hard filters first (free then, within their travel
 * radius, a shared language, able to do that kind of help), then a score (distance, continuity with the person, the
 * person's stated preferences, fairness of load, interests) with plain-language reasons a coordinator can read.
 * It offers each request to the best few, with an expiry; accepting goes through helping's one slot-claim, and a
 * decline or an expiry offers it to the next in line. A spatial grid keeps ranking for one request to the
 * volunteers nearby; a plain scan is kept as its reference.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "communities",
		"helping", "volunteers", "circles", "audit" })
package org.wraparound.matching;
