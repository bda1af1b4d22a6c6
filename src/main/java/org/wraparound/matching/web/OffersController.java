package org.wraparound.matching.web;

import java.security.Principal;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.helping.RequestId;
import org.wraparound.matching.AcceptResult;
import org.wraparound.matching.Matching;

/**
 * A volunteer's offers: the list (a page, or the htmx fragment that the volunteer's page and the home page load),
 * and accepting or declining one. Whatever the answer (taken, expired, never offered), it is said plainly.
 */
@Controller
class OffersController {

	private final Matching matching;

	OffersController(Matching matching) {
		this.matching = matching;
	}

	@GetMapping("/matching/offers")
	String offers(@RequestParam(defaultValue = "page") String place,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal, Model model) {
		model.addAttribute("offers", matching.offersFor(me(principal)));
		if (htmx == null) {
			return "matching/offers";
		}
		model.addAttribute("place", "home".equals(place) ? "home" : "mine");
		return "matching/offer-list";
	}

	@PostMapping("/matching/offers/{request}/accept")
	String accept(@PathVariable String request, Principal principal, RedirectAttributes redirect) {
		Optional<RequestId> id = RequestId.parse(request);
		AcceptResult result = id.map(found -> matching.accept(found, me(principal))).orElse(AcceptResult.NOT_OFFERED);
		redirect.addFlashAttribute("notice", "matching.answer." + result.name());
		if (result == AcceptResult.ACCEPTED || result == AcceptResult.ALREADY_YOURS) {
			return "redirect:/helping/requests/" + id.orElseThrow();
		}
		return "redirect:/matching/offers";
	}

	@PostMapping("/matching/offers/{request}/decline")
	String decline(@PathVariable String request, Principal principal, RedirectAttributes redirect) {
		AcceptResult result = RequestId.parse(request).map(found -> matching.decline(found, me(principal)))
			.orElse(AcceptResult.NOT_OFFERED);
		redirect.addFlashAttribute("notice", "matching.answer." + result.name());
		return "redirect:/matching/offers";
	}

	static AccountId me(Principal principal) {
		return AccountId.parse(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
