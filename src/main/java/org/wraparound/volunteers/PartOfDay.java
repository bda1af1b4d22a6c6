package org.wraparound.volunteers;

/** The three parts of a day a volunteer can say they are free in. */
public enum PartOfDay {
	MORNING, AFTERNOON, EVENING
}
