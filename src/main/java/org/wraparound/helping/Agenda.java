package org.wraparound.helping;

import java.time.ZoneId;
import java.util.List;

import org.wraparound.circles.CircleId;

/** A circle's coming requests, soonest first, in the community's time zone; {@code needsHelpOnly} filters. */
public record Agenda(CircleId circle, String personName, ZoneId zone, boolean canPost, boolean needsHelpOnly,
		List<HelpRequestView> requests) {
}
