package org.wraparound.matching.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.helping.RequestId;
import org.wraparound.matching.Matching;
import org.wraparound.matching.OfferResult;

/**
 * The ranked volunteers for a request, with why, as an htmx fragment the request page loads for the circle's
 * coordinators (it checks who asks: anyone else gets 404), and a coordinator's offer to the volunteer they pick.
 */
@Controller
class RankedController {

	/** How many volunteers a coordinator sees, best first. */
	static final int SHOWN = 10;

	private final Matching matching;

	RankedController(Matching matching) {
		this.matching = matching;
	}

	@GetMapping("/matching/requests/{id}/ranked")
	String ranked(@PathVariable String id, Principal principal, Model model) {
		RequestId request = RequestId.parse(id).orElseThrow(RankedController::notFound);
		model.addAttribute("request", request);
		model.addAttribute("ranked", matching.ranked(request, OffersController.me(principal), SHOWN)
			.orElseThrow(RankedController::notFound));
		return "matching/ranked";
	}

	@PostMapping("/matching/requests/{id}/offer")
	String offer(@PathVariable String id, @RequestParam(defaultValue = "") String volunteer, Principal principal,
			RedirectAttributes redirect) {
		RequestId request = RequestId.parse(id).orElseThrow(RankedController::notFound);
		AccountId me = OffersController.me(principal);
		OfferResult result = AccountId.parse(volunteer)
			.map(chosen -> matching.offerTo(request, me, chosen).orElseThrow(RankedController::notFound))
			.orElse(OfferResult.NOT_ELIGIBLE);
		redirect.addFlashAttribute("notice", "matching.offer-to." + result.name());
		return "redirect:/helping/requests/" + request;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
