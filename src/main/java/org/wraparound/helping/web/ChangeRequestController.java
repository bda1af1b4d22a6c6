package org.wraparound.helping.web;

import java.security.Principal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.PlainText;
import org.wraparound.helping.Commitment;
import org.wraparound.helping.HelpRequestView;
import org.wraparound.helping.HelpRequests;
import org.wraparound.helping.RequestChanges;
import org.wraparound.helping.RequestDetails;
import org.wraparound.helping.RequestId;

/**
 * A coordinator changes one request or calls it off (one day alone, or the rest of a repeating one). For anyone
 * who may not, the request is not there (404).
 */
@Controller
class ChangeRequestController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final HelpRequests requests;
	private final RequestChanges changes;
	private final CircleManagement circles;
	private final Clock clock;

	ChangeRequestController(HelpRequests requests, RequestChanges changes, CircleManagement circles, Clock clock) {
		this.requests = requests;
		this.changes = changes;
		this.circles = circles;
		this.clock = clock;
	}

	@GetMapping("/helping/requests/{id}/change")
	String form(@PathVariable String id, Principal principal, Model model) {
		Commitment found = changeable(id, principal);
		HelpRequestView request = found.request();
		var start = request.startsAt().atZone(found.zone());
		RequestDetails details = request.details();
		var form = new HelpRequestForm(request.kind().name(), start.toLocalDate().toString(),
				TIME.format(start), TIME.format(request.endsAt().atZone(found.zone())), String.valueOf(request.slots()),
				request.notes(), request.address().orElse(null), null, null, null, details.diet(), details.allergies(),
				details.people() == null ? null : details.people().toString(), details.pickup(), details.destination(),
				String.valueOf(details.returnTrip()), details.mobilityAid(), String.valueOf(details.wheelchairVehicle()));
		return page(found, form, Map.of(), principal, model);
	}

	@PostMapping("/helping/requests/{id}/change")
	String change(@PathVariable String id, @ModelAttribute HelpRequestForm typed, Principal principal, Model model,
			RedirectAttributes redirect) {
		Commitment found = changeable(id, principal);
		HelpRequestView request = found.request();
		// The kind is not changed (the select is shown disabled); nor is the repeat, from here.
		var form = new HelpRequestForm(request.kind().name(), typed.date(), typed.start(), typed.end(),
				typed.helpers(), typed.notes(), typed.address(), null, null, null, typed.diet(), typed.allergies(),
				typed.people(), typed.pickup(), typed.destination(), typed.returnTrip(), typed.aid(),
				typed.wheelchair());
		var problems = new java.util.LinkedHashMap<>(form.problems(found.zone(), clock.instant()));
		if (problems.isEmpty() && Integer.parseInt(form.helpers().strip()) < request.taken()) {
			problems.put("helpers", "helping.change.too-few");
		}
		if (!problems.isEmpty()) {
			return page(found, form.retyped(), problems, principal, model);
		}
		if (!changes.change(form.toChange(request.id(), Me.of(principal), found.zone()))) {
			return page(found, form.retyped(), Map.of("form", "helping.not-possible"), principal, model);
		}
		redirect.addFlashAttribute("notice", "helping.changed");
		return "redirect:/helping/requests/" + request.id();
	}

	@PostMapping("/helping/requests/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "one") String scope, Principal principal, Model model,
			RedirectAttributes redirect) {
		Commitment found = changeable(id, principal);
		if (!note.isBlank()) {
			var problem = PlainText.problem(note, HelpRequests.MAX_THANKS);
			if (problem.isPresent()) {
				model.addAttribute("found", found);
				model.addAttribute("note", PlainText.retyped(note));
				model.addAttribute("noteError", problem.get());
				return "helping/request";
			}
		}
		AccountId me = Me.of(principal);
		boolean rest = "rest".equals(scope) && found.request().repeating();
		boolean done = rest ? changes.stopRepeating(found.request().id(), me, note)
				: changes.cancel(found.request().id(), me, note);
		redirect.addFlashAttribute("notice", !done ? "helping.not-possible"
				: rest ? "helping.stopped" : "helping.cancelled.done");
		return "redirect:/helping/requests/" + found.request().id();
	}

	private String page(Commitment found, HelpRequestForm form, Map<String, String> errors, Principal principal,
			Model model) {
		model.addAttribute("circle", circles.view(found.request().circle(), Me.of(principal)).orElseThrow(Me::notFound));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("requestId", found.request().id().toString());
		model.addAttribute("repeating", found.request().repeating());
		return "helping/new";
	}

	private Commitment changeable(String id, Principal principal) {
		return RequestId.parse(id).flatMap(request -> requests.find(request, Me.of(principal)))
			.filter(found -> found.request().canChange())
			.orElseThrow(Me::notFound);
	}
}
