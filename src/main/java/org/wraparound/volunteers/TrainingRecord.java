package org.wraparound.volunteers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A course a volunteer completed: one of the community's own (then {@code course} names it) or an outside course
 * known only by its name.
 */
public record TrainingRecord(UUID id, Optional<UUID> course, String name, LocalDate completedOn) {
}
