package org.wraparound.accounts;

/** How a person prefers to be reached about their circle and their commitments. */
public enum ContactPreference {
	EMAIL, PHONE
}
