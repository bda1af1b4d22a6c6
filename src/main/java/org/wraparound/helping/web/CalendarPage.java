package org.wraparound.helping.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.wraparound.circles.CircleId;
import org.wraparound.helping.Agenda;
import org.wraparound.helping.CalendarEntry;
import org.wraparound.helping.CalendarFilter;
import org.wraparound.helping.CalendarPeriod;
import org.wraparound.helping.HelpKind;
import org.wraparound.platform.Page;

/**
 * What the calendar templates show: which view (list, week or month) with which filter, the links between views and
 * periods (each keeping the filter), the days of the period and the requests on each, and any parameter that could
 * not be read. The list view has no period.
 */
public final class CalendarPage {

	/** The three ways to see a circle's requests, by the last part of their address. */
	public enum View {
		AGENDA, WEEK, MONTH;

		public String path() {
			return name().toLowerCase();
		}
	}

	private final CircleId circle;
	private final View view;
	private final CalendarFilter filter;
	private final CalendarPeriod period;
	private final List<String> problems;
	private final Map<LocalDate, List<CalendarEntry>> byDay;

	private CalendarPage(CircleId circle, View view, CalendarFilter filter, CalendarPeriod period,
			List<String> problems) {
		this.circle = circle;
		this.view = view;
		this.filter = filter;
		this.period = period;
		this.problems = List.copyOf(problems);
		this.byDay = period == null ? Map.of()
				: period.entries().stream().collect(Collectors.groupingBy(
						entry -> LocalDate.ofInstant(entry.startsAt(), period.zone()), TreeMap::new,
						Collectors.toList()));
	}

	/** The list view's tools: no period, only the filter. */
	public static CalendarPage agenda(CircleId circle, CalendarFilter filter, List<String> problems) {
		return new CalendarPage(circle, View.AGENDA, filter, null, problems);
	}

	/** The agenda with only the requests of the filter's kind, if it names one. */
	static Agenda onlyKind(Agenda agenda, CalendarFilter filter) {
		return filter.kind().map(kind -> new Agenda(agenda.circle(), agenda.personName(), agenda.zone(),
				agenda.canPost(), agenda.needsHelpOnly(),
				agenda.requests().stream().filter(request -> request.kind() == kind).toList())).orElse(agenda);
	}

	static CalendarPage of(View view, CalendarPeriod period, List<String> problems) {
		return new CalendarPage(period.circle(), view, period.filter(), period, problems);
	}

	public View view() {
		return view;
	}

	public CalendarFilter filter() {
		return filter;
	}

	public CalendarPeriod period() {
		return period;
	}

	public List<String> problems() {
		return problems;
	}

	/** Whether the filter picks this one kind. */
	public boolean shows(HelpKind kind) {
		return filter.kind().map(kind::equals).orElse(false);
	}

	/** The address of a view of this circle, with this filter, at its current period. */
	public String href(View other) {
		return base(other) + query(null, null);
	}

	/** The address of this view, for the form that changes the filter. */
	public String action() {
		return base(view);
	}

	/** The name and value of the period parameter, which the filter form keeps; null for the list. */
	public String periodParameter() {
		return view == View.AGENDA ? null : view == View.MONTH ? "month" : "week";
	}

	public String periodValue() {
		return view == View.MONTH ? YearMonth.from(period.from()).toString() : period.from().toString();
	}

	public String previous() {
		return at(view == View.MONTH ? period.from().minusMonths(1) : period.from().minusWeeks(1));
	}

	public String next() {
		return at(view == View.MONTH ? period.from().plusMonths(1) : period.from().plusWeeks(1));
	}

	/** This view at today's month or week. */
	public String current() {
		return base(view) + query(null, null);
	}

	/** Whether the period shown holds today. */
	public boolean holdsToday() {
		return !period.today().isBefore(period.from()) && period.today().isBefore(period.until());
	}

	/** The month as rows of seven days, Monday first; days of the months around it are null. */
	public List<List<LocalDate>> weeks() {
		List<List<LocalDate>> weeks = new ArrayList<>();
		LocalDate day = period.from().minusDays(period.from().getDayOfWeek().getValue() - 1L);
		while (day.isBefore(period.until())) {
			List<LocalDate> week = new ArrayList<>();
			for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
				week.add(day.isBefore(period.from()) || !day.isBefore(period.until()) ? null : day);
			}
			weeks.add(week);
		}
		return weeks;
	}

	/** The days of the period, in order. */
	public List<LocalDate> days() {
		return period.from().datesUntil(period.until()).toList();
	}

	public List<CalendarEntry> on(LocalDate day) {
		return byDay.getOrDefault(day, List.of());
	}

	public boolean isToday(LocalDate day) {
		return day.equals(period.today());
	}

	public String title(Page page) {
		if (view == View.MONTH) {
			String month = DateTimeFormatter.ofPattern("LLLL yyyy", page.locale()).format(period.from());
			return Character.toUpperCase(month.charAt(0)) + month.substring(1);
		}
		return page.t("helping.calendar.week.title",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.locale()).format(period.from()));
	}

	public static String dayName(Page page, DayOfWeek day) {
		String name = day.getDisplayName(TextStyle.FULL, page.locale());
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	public static String longDay(Page page, LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(page.locale()).format(day);
	}

	public String time(Page page, Instant instant) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(page.locale())
			.withZone(period.zone()).format(instant);
	}

	private String at(LocalDate day) {
		return base(view) + query(periodParameter(),
				view == View.MONTH ? YearMonth.from(day).toString() : day.toString());
	}

	private String base(View target) {
		return "/helping/circles/" + circle + "/" + target.path();
	}

	private String query(String name, String value) {
		List<String> parts = new ArrayList<>();
		if (name != null) {
			parts.add(name + "=" + value);
		}
		filter.kind().ifPresent(kind -> parts.add("kind=" + kind.name()));
		if (filter.needsHelpOnly()) {
			parts.add("needs=true");
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}
}
