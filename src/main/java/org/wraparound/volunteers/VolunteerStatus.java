package org.wraparound.volunteers;

/** Where an application stands. */
public enum VolunteerStatus {
	/** Being written: saved step by step, not sent yet. */
	DRAFT,
	/** Sent, waiting for a champion. */
	APPLIED,
	/** A champion has started the checklist. */
	IN_SCREENING,
	APPROVED,
	DECLINED
}
