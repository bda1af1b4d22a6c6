package org.wraparound.helping;

import java.time.ZoneId;

/** Something a helper committed to, with the time zone its times are given in. */
public record Commitment(HelpRequestView request, ZoneId zone) {
}
