package org.wraparound.matching;

/** What came of a coordinator offering a request to a volunteer of their choice. */
public enum OfferResult {

	/** The volunteer was offered it and told by mail. */
	OFFERED,
	/** They were offered this request before. */
	ALREADY_OFFERED,
	/** They no longer pass every rule (free then, near enough, a shared language, able to do it). */
	NOT_ELIGIBLE,
	/** The request is over, called off or has every helper it needs. */
	CLOSED
}
