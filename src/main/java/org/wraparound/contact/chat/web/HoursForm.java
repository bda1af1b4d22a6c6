package org.wraparound.contact.chat.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;
import org.wraparound.contact.chat.ChatSchedule;
import org.wraparound.contact.chat.Holiday;
import org.wraparound.contact.chat.OfficeHours;

/**
 * The office hours as staff set them: a time zone, the weekdays, the opening and closing times, and holidays, one
 * a line, as {@code 2026-12-25 Christmas Day}.
 */
public record HoursForm(String zone, List<String> days, String opens, String closes, String holidays) {

	public HoursForm {
		zone = zone == null ? "" : zone.strip();
		days = days == null ? List.of() : List.copyOf(days);
		opens = opens == null ? "" : opens.strip();
		closes = closes == null ? "" : closes.strip();
		holidays = holidays == null ? "" : holidays.strip();
	}

	static HoursForm of(ChatSchedule schedule) {
		OfficeHours hours = schedule.hours();
		return new HoursForm(hours.zone().getId(), hours.days().stream().sorted().map(DayOfWeek::name).toList(),
				hours.opens().toString(), hours.closes().toString(),
				schedule.holidays().stream().map(holiday -> holiday.day() + " " + holiday.name())
					.collect(Collectors.joining("\n")));
	}

	/** The schedule, or empty with field messages in {@code errors}. */
	java.util.Optional<ChatSchedule> toSchedule(Errors errors) {
		ZoneId parsedZone = null;
		try {
			parsedZone = ZoneId.of(zone);
		}
		catch (DateTimeException e) {
			errors.rejectValue("zone", "chat.hours.zone.invalid");
		}
		Set<DayOfWeek> parsedDays = days.stream().filter(HoursForm::isDay).map(DayOfWeek::valueOf)
			.collect(Collectors.toSet());
		LocalTime open = time(opens, "opens", errors);
		LocalTime close = time(closes, "closes", errors);
		if (open != null && close != null && !open.isBefore(close)) {
			errors.rejectValue("closes", "chat.hours.closes.order");
		}
		List<Holiday> parsedHolidays = holidayList(errors);
		if (errors.hasErrors()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new ChatSchedule(
				new OfficeHours(parsedZone, parsedDays, open, close, Set.of()), parsedHolidays));
	}

	private List<Holiday> holidayList(Errors errors) {
		var list = new ArrayList<Holiday>();
		for (String line : holidays.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			String[] parts = trimmed.split("\\s+", 2);
			try {
				String name = parts.length > 1 ? parts[1] : "";
				if (name.length() > 100 || name.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
					throw new DateTimeParseException("name", name, 0);
				}
				list.add(new Holiday(LocalDate.parse(parts[0]), name));
			}
			catch (DateTimeParseException e) {
				errors.rejectValue("holidays", "chat.hours.holidays.invalid", new Object[] { trimmed }, null);
				return List.of();
			}
		}
		if (list.stream().map(Holiday::day).distinct().count() < list.size()) {
			errors.rejectValue("holidays", "chat.hours.holidays.twice");
		}
		return list;
	}

	public boolean has(DayOfWeek day) {
		return days.contains(day.name());
	}

	private static boolean isDay(String day) {
		return java.util.Arrays.stream(DayOfWeek.values()).anyMatch(value -> value.name().equals(day));
	}

	private static LocalTime time(String text, String field, Errors errors) {
		try {
			return LocalTime.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "chat.hours.time.invalid");
			return null;
		}
	}
}
