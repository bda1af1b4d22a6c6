package org.wraparound.helping.web;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.PlainText;
import org.wraparound.helping.ClaimResult;
import org.wraparound.helping.Commitment;
import org.wraparound.helping.HelpRequests;
import org.wraparound.helping.RequestId;

/**
 * One help request: its page, and what members do with it: take a slot, withdraw, say it was done, say thank you.
 * A request of a circle one is not in gets 404.
 */
@Controller
class RequestController {

	private final HelpRequests requests;

	RequestController(HelpRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/helping/requests/{id}")
	String show(@PathVariable String id, Principal principal, Model model) {
		model.addAttribute("found", find(id, principal));
		return "helping/request";
	}

	@PostMapping("/helping/requests/{id}/claim")
	String claim(@PathVariable String id, @RequestParam(defaultValue = "false") String needs,
			@RequestParam(required = false) String kind, @RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal, Model model,
			RedirectAttributes redirect) {
		AccountId me = Me.of(principal);
		Commitment found = find(id, principal);
		ClaimResult result = requests.claim(found.request().id(), me);
		if (result == ClaimResult.NOT_FOUND) {
			throw Me.notFound();
		}
		String notice = "helping.claim." + result.name();
		if (htmx != null) {
			var filter = new CalendarParams().filter(kind, needs);
			var agenda = requests.agenda(found.request().circle(), me, filter.needsHelpOnly())
				.orElseThrow(Me::notFound);
			model.addAttribute("agenda", CalendarPage.onlyKind(agenda, filter));
			model.addAttribute("calendar", CalendarPage.agenda(agenda.circle(), filter, List.of()));
			model.addAttribute("notice", notice);
			return "helping/agenda";
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/helping/requests/" + found.request().id();
	}

	@PostMapping("/helping/requests/{id}/withdraw")
	String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Principal principal,
			Model model, RedirectAttributes redirect) {
		Commitment found = find(id, principal);
		var problem = PlainText.problem(reason, HelpRequests.MAX_THANKS);
		if (problem.isPresent()) {
			model.addAttribute("found", found);
			model.addAttribute("reason", PlainText.retyped(reason));
			model.addAttribute("reasonError", problem.get());
			return "helping/request";
		}
		boolean done = requests.withdraw(found.request().id(), Me.of(principal), reason);
		redirect.addFlashAttribute("notice", done ? "helping.withdrawn" : "helping.not-possible");
		return "redirect:/helping/requests/" + found.request().id();
	}

	@PostMapping("/helping/requests/{id}/done")
	String done(@PathVariable String id, @RequestParam(defaultValue = "") String helper, Principal principal,
			RedirectAttributes redirect) {
		Commitment found = find(id, principal);
		AccountId who = AccountId.parse(helper).orElseThrow(Me::notFound);
		boolean done = requests.complete(found.request().id(), Me.of(principal), who);
		redirect.addFlashAttribute("notice", done ? "helping.completed" : "helping.not-possible");
		return "redirect:/helping/requests/" + found.request().id();
	}

	@PostMapping("/helping/requests/{id}/thanks")
	String thank(@PathVariable String id, @RequestParam(defaultValue = "") String helper,
			@RequestParam(defaultValue = "") String text, Principal principal, Model model,
			RedirectAttributes redirect) {
		Commitment found = find(id, principal);
		AccountId who = AccountId.parse(helper).orElseThrow(Me::notFound);
		var problem = PlainText.problem(text, HelpRequests.MAX_THANKS);
		if (problem.isPresent()) {
			model.addAttribute("found", found);
			model.addAttribute("thanksFor", who);
			model.addAttribute("thanks", PlainText.retyped(text));
			model.addAttribute("thanksError", problem.get());
			return "helping/request";
		}
		boolean sent = requests.thank(found.request().id(), Me.of(principal), who, text);
		redirect.addFlashAttribute("notice", sent ? "helping.thanked" : "helping.not-possible");
		return "redirect:/helping/requests/" + found.request().id();
	}

	private Commitment find(String id, Principal principal) {
		return RequestId.parse(id).flatMap(request -> requests.find(request, Me.of(principal)))
			.orElseThrow(Me::notFound);
	}
}
