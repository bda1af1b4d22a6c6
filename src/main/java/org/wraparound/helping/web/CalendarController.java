package org.wraparound.helping.web;

import java.security.Principal;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.helping.HelpCalendar;
import org.wraparound.helping.RequestId;

/**
 * Commitments for calendar apps: the private feed (no sign-in, the secret in its address stands for it), making a
 * new feed address, and one request as a file. Anything unknown or out of reach gets 404.
 */
@Controller
class CalendarController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final HelpCalendar calendar;

	CalendarController(HelpCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/helping/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return calendar.feed(token).map(body -> ResponseEntity.ok().contentType(CALENDAR)
			.cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex").body(body))
			.orElseThrow(Me::notFound);
	}

	@PostMapping("/helping/mine/calendar")
	String newFeed(Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("calendarUrl", calendar.newFeed(Me.of(principal)));
		redirect.addFlashAttribute("notice", "helping.calendar.made");
		return "redirect:/helping/mine#calendar";
	}

	@GetMapping("/helping/requests/{id}.ics")
	ResponseEntity<String> download(@PathVariable String id, Principal principal) {
		return RequestId.parse(id).flatMap(request -> calendar.event(request, Me.of(principal)))
			.map(body -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
				.header("Content-Disposition", "attachment; filename=\"help-" + id + ".ics\"").body(body))
			.orElseThrow(Me::notFound);
	}
}
