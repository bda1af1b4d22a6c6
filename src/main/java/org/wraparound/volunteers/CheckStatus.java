package org.wraparound.volunteers;

/** Where the police or vulnerable-sector check stands. Only this, its date and its expiry are kept. */
public enum CheckStatus {
	NONE, REQUESTED, CLEAR, NOT_CLEAR
}
