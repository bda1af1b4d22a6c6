package org.wraparound.impact;

/**
 * A number of people (or a figure built from people). From 1 to 4 it is shown as “fewer than 5”, so that nobody can
 * be picked out of a small community's figures.
 */
public record Count(long value) {

	/** The fewest people a figure may be built from and still be shown. */
	public static final int SMALLEST_SHOWN = 5;

	/** True when the figure must be shown as “fewer than 5”. */
	public boolean hidden() {
		return value > 0 && value < SMALLEST_SHOWN;
	}
}
