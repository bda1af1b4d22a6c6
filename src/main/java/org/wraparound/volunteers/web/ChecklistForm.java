package org.wraparound.volunteers.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.wraparound.volunteers.CheckStatus;
import org.wraparound.volunteers.Checklist;

/**
 * A champion's screening checklist as typed. Of the police or vulnerable-sector check there is only a status and
 * two dates: there is nowhere to put the document.
 */
public record ChecklistForm(String interviewOn, String reference1Checked, String reference2Checked,
		String checkStatus, String checkOn, String checkExpiresOn, String confidentiality, String orientation) {

	static ChecklistForm of(Checklist checklist) {
		return new ChecklistForm(text(checklist.interviewOn()), flag(checklist.reference1Checked()),
				flag(checklist.reference2Checked()), checklist.checkStatus().name(), text(checklist.checkOn()),
				text(checklist.checkExpiresOn()), flag(checklist.confidentiality()), flag(checklist.orientation()));
	}

	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!blank(interviewOn) && date(interviewOn).isEmpty()) {
			problems.put("interviewOn", "volunteers.error.date");
		}
		if (status().isEmpty()) {
			problems.put("checkStatus", "volunteers.error.check-status");
		}
		if (!blank(checkOn) && date(checkOn).isEmpty()) {
			problems.put("checkOn", "volunteers.error.date");
		}
		if (!blank(checkExpiresOn) && date(checkExpiresOn).isEmpty()) {
			problems.put("checkExpiresOn", "volunteers.error.date");
		}
		else if (date(checkOn).isPresent() && date(checkExpiresOn).isPresent()
				&& !date(checkExpiresOn).get().isAfter(date(checkOn).get())) {
			problems.put("checkExpiresOn", "volunteers.error.expiry-order");
		}
		if (status().filter(CheckStatus.CLEAR::equals).isPresent()
				&& (date(checkOn).isEmpty() || date(checkExpiresOn).isEmpty()) && !problems.containsKey("checkOn")
				&& !problems.containsKey("checkExpiresOn")) {
			problems.put(date(checkOn).isEmpty() ? "checkOn" : "checkExpiresOn", "volunteers.error.check-dates");
		}
		return problems;
	}

	Checklist toChecklist() {
		return new Checklist(date(interviewOn).orElse(null), on(reference1Checked), on(reference2Checked),
				status().orElse(CheckStatus.NONE), date(checkOn).orElse(null), date(checkExpiresOn).orElse(null),
				on(confidentiality), on(orientation));
	}

	private Optional<CheckStatus> status() {
		for (CheckStatus status : CheckStatus.values()) {
			if (status.name().equals(checkStatus)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> date(String text) {
		if (blank(text) || text.length() > 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static String flag(boolean value) {
		return value ? "true" : null;
	}

	private static boolean on(String value) {
		return "true".equals(value);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
