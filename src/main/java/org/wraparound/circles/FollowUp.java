package org.wraparound.circles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A circle's bereavement follow-up as its coordinators see it, with today's date in the community. */
public record FollowUp(Optional<LocalDate> diedOn, LocalDate today, List<CheckIn> checkIns) {
}
