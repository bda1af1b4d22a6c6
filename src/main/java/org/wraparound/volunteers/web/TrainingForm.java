package org.wraparound.volunteers.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.wraparound.volunteers.VolunteerTraining;

/**
 * A completed course as a champion records it: one of the community's courses (its id) or {@value #OUTSIDE} with
 * the outside course's name, and the day it was completed.
 */
public record TrainingForm(String course, String outsideName, String completedOn) {

	public static final String OUTSIDE = "outside";

	static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

	static TrainingForm empty() {
		return new TrainingForm(null, null, null);
	}

	Map<String, String> problems(LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!outside() && courseId().isEmpty()) {
			problems.put("course", "volunteers.training.error.course");
		}
		if (outside() && (blank(outsideName) || outsideName.strip().length() > VolunteerTraining.MAX_NAME)) {
			problems.put("outsideName", blank(outsideName) ? "volunteers.training.error.outside-name"
					: "volunteers.training.error.name-long");
		}
		var day = day();
		if (day.isEmpty()) {
			problems.put("completedOn", "volunteers.error.date");
		}
		else if (day.get().isAfter(today)) {
			problems.put("completedOn", "volunteers.training.error.future");
		}
		else if (day.get().isBefore(EARLIEST)) {
			problems.put("completedOn", "volunteers.training.error.old");
		}
		return problems;
	}

	public boolean outside() {
		return OUTSIDE.equals(course);
	}

	Optional<UUID> courseId() {
		if (course == null || course.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(course));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	Optional<LocalDate> day() {
		if (blank(completedOn) || completedOn.length() > 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(completedOn.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
