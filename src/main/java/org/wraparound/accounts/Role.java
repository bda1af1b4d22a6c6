package org.wraparound.accounts;

/**
 * Platform roles. Everyone who signs up is a member; champion is not here, as it belongs to one community (see the
 * communities module).
 */
public enum Role {

	MEMBER, VOLUNTEER, STAFF, ADMIN;

	/** The authority Spring Security checks, such as {@code ROLE_STAFF}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
