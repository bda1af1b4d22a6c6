/**
 * People's accounts and how they sign in: sign-up, password sign-in, platform roles (member, volunteer, staff,
 * admin) and each person's language. The web security rules live here too, since this module owns sign-in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "audit" })
package org.wraparound.accounts;
