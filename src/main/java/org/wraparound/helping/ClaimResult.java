package org.wraparound.helping;

/** What came of asking for a slot. */
public enum ClaimResult {

	/** The slot is yours. */
	CLAIMED,
	/** Someone else took the last slot first. */
	ALREADY_TAKEN,
	/** You had already committed to this request. */
	ALREADY_YOURS,
	/** The request is over or cancelled. */
	CLOSED,
	/** There is no such request that you may see. */
	NOT_FOUND
}
