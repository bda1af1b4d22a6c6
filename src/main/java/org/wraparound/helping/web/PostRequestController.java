package org.wraparound.helping.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleView;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.HelpRequests;

/** A coordinator asks the circle for help. Anyone who does not coordinate the circle gets 404. */
@Controller
class PostRequestController {

	private final HelpRequests requests;
	private final CircleManagement circles;
	private final Clock clock;

	PostRequestController(HelpRequests requests, CircleManagement circles, Clock clock) {
		this.requests = requests;
		this.circles = circles;
		this.clock = clock;
	}

	@GetMapping("/helping/circles/{id}/requests/new")
	String form(@PathVariable String id, Principal principal, Model model) {
		CircleView circle = coordinated(id, principal);
		ZoneId zone = requests.zoneOf(circle.id(), Me.of(principal)).orElseThrow(Me::notFound);
		String tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1).toString();
		var form = HelpRequestForm.of(HelpKind.MEAL.name(), tomorrow, "12:00", "13:00", "1", null,
				circle.person().address());
		return page(circle, form, Map.of(), model);
	}

	@PostMapping("/helping/circles/{id}/requests")
	String post(@PathVariable String id, @ModelAttribute HelpRequestForm form, Principal principal, Model model,
			RedirectAttributes redirect) {
		AccountId me = Me.of(principal);
		CircleView circle = coordinated(id, principal);
		ZoneId zone = requests.zoneOf(circle.id(), me).orElseThrow(Me::notFound);
		var problems = form.problems(zone, clock.instant());
		if (!problems.isEmpty()) {
			return page(circle, form.retyped(), problems, model);
		}
		if (requests.post(form.toCommand(circle.id(), me, zone)).isEmpty()) {
			// Rare: the rules passed here but not in the facade (a repeat with no day left in it, say).
			return page(circle, form.retyped(), Map.of("form", "helping.not-possible"), model);
		}
		redirect.addFlashAttribute("notice", "helping.posted");
		return "redirect:/circles/" + circle.id() + "#help";
	}

	private String page(CircleView circle, HelpRequestForm form, Map<String, String> errors, Model model) {
		model.addAttribute("circle", circle);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "helping/new";
	}

	private CircleView coordinated(String id, Principal principal) {
		return CircleId.parse(id).flatMap(circle -> circles.view(circle, Me.of(principal)))
			.filter(CircleView::canCoordinate)
			.orElseThrow(Me::notFound);
	}
}
