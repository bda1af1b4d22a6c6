package org.wraparound.matching;

/** How often a volunteer has helped one person before, and how often that help was thanked. */
record Continuity(int helped, int thanked) {

	static final Continuity NONE = new Continuity(0, 0);
}
