/**
 * A Compassionate Community initiative: its name, area, time zone, languages, neighbourhoods and public description,
 * and the champions who lead it (and invite co-champions by email). Champion is a role in one community, so it is
 * kept here rather than with the platform roles.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "audit" })
package org.wraparound.communities;
