package org.wraparound.volunteers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.wraparound.volunteers.VolunteerHours;

/** Hours as typed: a day, a number of hours such as {@code 1.5} (or {@code 1,5}), and what was done. */
public record HoursForm(String day, String hours, String activity) {

	static final int MAX_ACTIVITY = 200;

	Map<String, String> problems(LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<LocalDate> date = date();
		if (date.isEmpty()) {
			problems.put("day", "volunteers.error.date");
		}
		else if (date.get().isAfter(today)) {
			problems.put("day", "volunteers.error.future");
		}
		if (minutes(hours).isEmpty()) {
			problems.put("hours", "volunteers.error.hours");
		}
		if (activity == null || activity.isBlank()) {
			problems.put("activity", "volunteers.error.activity");
		}
		else if (activity.length() > MAX_ACTIVITY) {
			problems.put("activity", "volunteers.error.too-long");
		}
		return problems;
	}

	Optional<LocalDate> date() {
		if (day == null || day.isBlank() || day.length() > 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(day.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	/** Hours typed as a number (a comma for the decimal point too) in minutes, from 1 to a long day. */
	static Optional<Integer> minutes(String hours) {
		if (hours == null || hours.isBlank() || hours.length() > 6) {
			return Optional.empty();
		}
		try {
			int minutes = new BigDecimal(hours.strip().replace(',', '.')).multiply(BigDecimal.valueOf(60))
				.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
			return minutes >= 1 && minutes <= VolunteerHours.MAX_MINUTES ? Optional.of(minutes) : Optional.empty();
		}
		catch (NumberFormatException | ArithmeticException notHours) {
			return Optional.empty();
		}
	}

	/** Minutes written as hours for a form field, such as {@code 1.5}. */
	public static String asHours(int minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros().toPlainString();
	}
}
