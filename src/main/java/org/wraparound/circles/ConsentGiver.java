package org.wraparound.circles;

/** Who consented: the person themselves, or their substitute decision-maker. */
public enum ConsentGiver {
	PERSON, SUBSTITUTE
}
