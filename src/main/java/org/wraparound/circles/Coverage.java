package org.wraparound.circles;

/** How well a need is met today. */
public enum Coverage {
	NOT_COVERED, PARTLY, COVERED
}
