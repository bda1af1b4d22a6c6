package org.wraparound.directory;

import java.time.Instant;

/** Something a community lacks, as its champions see it ("no transport on Sundays"). Public. */
public record Gap(GapId id, Category category, String note, Instant recordedAt) {

	public static final int NOTE_MAX = 300;
}
