package org.wraparound.helping.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.wraparound.circles.CircleId;
import org.wraparound.helping.CalendarPeriod;
import org.wraparound.helping.CircleCalendar;

/**
 * A circle's help requests by month and by week, beside the agenda list. The circle page swaps them in with htmx;
 * without JavaScript each is a page of its own. Unreadable parameters fall back with a message; anyone outside the
 * circle gets 404.
 */
@Controller
class CircleCalendarController {

	private final CircleCalendar calendar;

	CircleCalendarController(CircleCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/helping/circles/{id}/month")
	String month(@PathVariable String id, @RequestParam(required = false) String month,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String needs,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal, Model model,
			HttpServletResponse response) {
		var params = new CalendarParams();
		var filter = params.filter(kind, needs);
		var shown = params.month(month);
		CalendarPeriod period = CircleId.parse(id)
			.flatMap(circle -> calendar.month(circle, Me.of(principal), shown, filter))
			.orElseThrow(Me::notFound);
		return render(CalendarPage.of(CalendarPage.View.MONTH, period, params.problems()), htmx, model, response);
	}

	@GetMapping("/helping/circles/{id}/week")
	String week(@PathVariable String id, @RequestParam(required = false) String week,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String needs,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal, Model model,
			HttpServletResponse response) {
		var params = new CalendarParams();
		var filter = params.filter(kind, needs);
		var day = params.day(week);
		CalendarPeriod period = CircleId.parse(id)
			.flatMap(circle -> calendar.week(circle, Me.of(principal), day, filter))
			.orElseThrow(Me::notFound);
		return render(CalendarPage.of(CalendarPage.View.WEEK, period, params.problems()), htmx, model, response);
	}

	private static String render(CalendarPage calendarPage, String htmx, Model model, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		model.addAttribute("calendar", calendarPage);
		String view = calendarPage.view() == CalendarPage.View.MONTH ? "helping/calendar-month"
				: "helping/calendar-week";
		return htmx != null ? view : view + "-page";
	}
}
