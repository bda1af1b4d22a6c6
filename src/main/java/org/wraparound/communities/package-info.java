/**
 * A Compassionate Community initiative: its name, region and time zone, and the champions who lead it. Champion is
 * a role in one community, so it is kept here rather than with the platform roles.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "audit" })
package org.wraparound.communities;
