package org.wraparound.helping.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.PlainText;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.HelpRequests;
import org.wraparound.helping.PostHelpRequest;

/** What a coordinator types to ask for help: date and times are in the community's time zone. */
public record HelpRequestForm(String kind, String date, String start, String end, String helpers, String notes,
		String address) {

	/** What is wrong, field by field, as message keys; empty when the request may be posted. */
	Map<String, String> problems(ZoneId zone, Instant now) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (helpKind().isEmpty()) {
			problems.put("kind", "helping.form.kind.required");
		}
		Optional<LocalDate> day = day();
		Optional<LocalTime> from = time(start);
		Optional<LocalTime> to = time(end);
		if (day.isEmpty()) {
			problems.put("date", "helping.form.date.invalid");
		}
		if (from.isEmpty()) {
			problems.put("start", "helping.form.time.invalid");
		}
		if (to.isEmpty()) {
			problems.put("end", "helping.form.time.invalid");
		}
		else if (from.isPresent() && !to.get().isAfter(from.get())) {
			problems.put("end", "helping.form.end.before-start");
		}
		if (day.isPresent() && from.isPresent() && !day.get().atTime(from.get()).atZone(zone).toInstant().isAfter(now)) {
			problems.put("date", "helping.form.date.past");
		}
		if (count().isEmpty()) {
			problems.put("helpers", "helping.form.helpers.range");
		}
		if (notes != null && !notes.isBlank()) {
			PlainText.problem(notes, HelpRequests.MAX_NOTES).ifPresent(problem -> problems.put("notes", problem));
		}
		if (address != null && !address.isBlank()) {
			PlainText.problem(address, HelpRequests.MAX_ADDRESS).ifPresent(problem -> problems.put("address", problem));
		}
		return problems;
	}

	PostHelpRequest toCommand(CircleId circle, AccountId postedBy, ZoneId zone) {
		LocalDate day = day().orElseThrow();
		return new PostHelpRequest(circle, postedBy, helpKind().orElseThrow(),
				day.atTime(time(start).orElseThrow()).atZone(zone).toInstant(),
				day.atTime(time(end).orElseThrow()).atZone(zone).toInstant(), count().orElseThrow(), notes, address);
	}

	/** The form as typed, without control characters, to show again. */
	HelpRequestForm retyped() {
		return new HelpRequestForm(kind, date, start, end, helpers, PlainText.retyped(notes),
				PlainText.retyped(address));
	}

	Optional<HelpKind> helpKind() {
		return Arrays.stream(HelpKind.values()).filter(k -> k.name().equals(kind)).findFirst();
	}

	private Optional<LocalDate> day() {
		try {
			return date == null || date.length() != 10 ? Optional.empty() : Optional.of(LocalDate.parse(date));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	private static Optional<LocalTime> time(String text) {
		try {
			return text == null || text.length() > 8 ? Optional.empty() : Optional.of(LocalTime.parse(text));
		}
		catch (DateTimeParseException notATime) {
			return Optional.empty();
		}
	}

	private Optional<Integer> count() {
		if (helpers == null || !helpers.strip().matches("\\d{1,2}")) {
			return Optional.empty();
		}
		int count = Integer.parseInt(helpers.strip());
		return count >= 1 && count <= 10 ? Optional.of(count) : Optional.empty();
	}
}
