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
import org.wraparound.helping.ChangeHelpRequest;
import org.wraparound.helping.Repeat;
import org.wraparound.helping.RequestDetails;
import org.wraparound.helping.RequestId;

/**
 * What a coordinator types to ask for help, or to change a request: date and times are in the community's time
 * zone; the repeat and the details of a meal or a ride are optional.
 */
public record HelpRequestForm(String kind, String date, String start, String end, String helpers, String notes,
		String address, String repeat, String until, String times, String diet, String allergies, String people,
		String pickup, String destination, String returnTrip, String aid, String wheelchair) {

	static HelpRequestForm of(String kind, String date, String start, String end, String helpers, String notes,
			String address) {
		return new HelpRequestForm(kind, date, start, end, helpers, notes, address, "ONCE", null, null, null, null,
				null, null, null, null, null, null);
	}

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
		detailProblems(problems);
		if (repetition().isEmpty()) {
			problems.put("repeat", "helping.repeat.invalid");
		}
		else if (repetition().get().isPresent()) {
			repeatProblems(problems, day);
		}
		return problems;
	}

	private void repeatProblems(Map<String, String> problems, Optional<LocalDate> day) {
		if (until != null && !until.isBlank()) {
			Optional<LocalDate> last = date(until);
			if (last.isEmpty()) {
				problems.put("until", "helping.form.date.invalid");
			}
			else if (day.isPresent() && last.get().isBefore(day.get())) {
				problems.put("until", "helping.repeat.until.before");
			}
		}
		if (times != null && !times.isBlank() && number(times, 1, Repeat.MAX_TIMES).isEmpty()) {
			problems.put("times", "helping.repeat.times.range");
		}
	}

	private void detailProblems(Map<String, String> problems) {
		for (var detail : Map.of("diet", nonNull(diet), "allergies", nonNull(allergies), "pickup", nonNull(pickup),
				"destination", nonNull(destination), "aid", nonNull(aid)).entrySet()) {
			if (!detail.getValue().isBlank() && PlainText.problem(detail.getValue(), RequestDetails.MAX).isPresent()) {
				problems.put(detail.getKey(), "helping.details.text-invalid");
			}
		}
		if (people != null && !people.isBlank() && number(people, 1, 50).isEmpty()) {
			problems.put("people", "helping.details.people.range");
		}
	}

	/** The details as typed; only those of the request's kind are kept. */
	RequestDetails details() {
		return new RequestDetails(diet, allergies, people == null || people.isBlank() ? null
				: number(people, 1, 50).orElse(null), pickup, destination, "true".equals(returnTrip), aid,
				"true".equals(wheelchair));
	}

	/** Empty when the choice is unknown; holding empty for "just once". */
	Optional<Optional<Repeat.Frequency>> repetition() {
		if (repeat == null || repeat.isBlank() || "ONCE".equals(repeat)) {
			return Optional.of(Optional.empty());
		}
		return Arrays.stream(Repeat.Frequency.values()).filter(f -> f.name().equals(repeat)).findFirst()
			.map(Optional::of);
	}

	private Repeat repeatOrNull() {
		return repetition().flatMap(frequency -> frequency)
			.map(frequency -> new Repeat(frequency, until == null || until.isBlank() ? null : date(until).orElseThrow(),
					times == null || times.isBlank() ? null : number(times, 1, Repeat.MAX_TIMES).orElseThrow()))
			.orElse(null);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static Optional<Integer> number(String text, int min, int max) {
		if (!text.strip().matches("\\d{1,4}")) {
			return Optional.empty();
		}
		int value = Integer.parseInt(text.strip());
		return value >= min && value <= max ? Optional.of(value) : Optional.empty();
	}

	PostHelpRequest toCommand(CircleId circle, AccountId postedBy, ZoneId zone) {
		LocalDate day = day().orElseThrow();
		return new PostHelpRequest(circle, postedBy, helpKind().orElseThrow(),
				day.atTime(time(start).orElseThrow()).atZone(zone).toInstant(),
				day.atTime(time(end).orElseThrow()).atZone(zone).toInstant(), count().orElseThrow(), notes, address,
				details(), repeatOrNull());
	}

	ChangeHelpRequest toChange(RequestId request, AccountId changedBy, ZoneId zone) {
		LocalDate day = day().orElseThrow();
		return new ChangeHelpRequest(request, changedBy, day.atTime(time(start).orElseThrow()).atZone(zone).toInstant(),
				day.atTime(time(end).orElseThrow()).atZone(zone).toInstant(), count().orElseThrow(), notes, address,
				details());
	}

	/** The form as typed, without control characters, to show again. */
	HelpRequestForm retyped() {
		return new HelpRequestForm(kind, date, start, end, helpers, PlainText.retyped(notes),
				PlainText.retyped(address), repeat, until, times, PlainText.retyped(diet), PlainText.retyped(allergies),
				people, PlainText.retyped(pickup), PlainText.retyped(destination), returnTrip, PlainText.retyped(aid),
				wheelchair);
	}

	Optional<HelpKind> helpKind() {
		return Arrays.stream(HelpKind.values()).filter(k -> k.name().equals(kind)).findFirst();
	}

	private Optional<LocalDate> day() {
		return date(date);
	}

	private static Optional<LocalDate> date(String date) {
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
