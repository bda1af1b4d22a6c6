package org.wraparound.communities;

/** Where an action of the charter stands. */
public enum CharterStatus {
	PLANNED, UNDER_WAY, DONE
}
