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
import org.wraparound.helping.HelpCalendar;
import org.wraparound.helping.HelpRequests;
import org.wraparound.helping.Reminders;

/**
 * A circle's agenda of help requests, the list the circle page includes with htmx (others get it as a page of its
 * own), and a helper's own list of what they committed to.
 */
@Controller
class AgendaController {

	private final HelpRequests requests;
	private final HelpCalendar calendar;
	private final Reminders reminders;

	AgendaController(HelpRequests requests, HelpCalendar calendar, Reminders reminders) {
		this.reminders = reminders;
		this.requests = requests;
		this.calendar = calendar;
	}

	@GetMapping("/helping/circles/{id}/agenda")
	String agenda(@PathVariable String id, @RequestParam(defaultValue = "false") String needs,
			@RequestParam(required = false) String kind, @RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal, Model model,
			HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		var params = new CalendarParams();
		var filter = params.filter(kind, needs);
		var agenda = CircleId.parse(id)
			.flatMap(circle -> requests.agenda(circle, Me.of(principal), filter.needsHelpOnly()))
			.orElseThrow(Me::notFound);
		model.addAttribute("agenda", CalendarPage.onlyKind(agenda, filter));
		model.addAttribute("calendar", CalendarPage.agenda(agenda.circle(), filter, params.problems()));
		return htmx != null ? "helping/agenda" : "helping/agenda-page";
	}

	@GetMapping("/helping/mine")
	String mine(Principal principal, Model model) {
		model.addAttribute("commitments", requests.mine(Me.of(principal)));
		model.addAttribute("hasCalendar", calendar.hasFeed(Me.of(principal)));
		model.addAttribute("reminderHours", reminders.hoursBefore(Me.of(principal)).orElse(24));
		return "helping/mine";
	}
}
