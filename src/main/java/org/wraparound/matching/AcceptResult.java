package org.wraparound.matching;

/** What came of answering an offer. */
public enum AcceptResult {

	/** The slot is yours. */
	ACCEPTED,
	/** You said no; it was offered to the next in line. */
	DECLINED,
	/** Someone else accepted first, and no slot is left. */
	ALREADY_TAKEN,
	/** You had already accepted it. */
	ALREADY_YOURS,
	/** The offer's time ran out. */
	EXPIRED,
	/** You answered this offer before. */
	ALREADY_ANSWERED,
	/** You already help somewhere else at that time. */
	BUSY,
	/** The request was called off or is over. */
	CLOSED,
	/** This request was never offered to you. */
	NOT_OFFERED
}
