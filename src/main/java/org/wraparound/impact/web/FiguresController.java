package org.wraparound.impact.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wraparound.accounts.AccountId;
import org.wraparound.impact.Impact;

/**
 * Small pieces of impact that other pages load by address (htmx), so that no other module depends on this one: the
 * home page's live figures, and a helper's own impact on their page of commitments.
 */
@Controller
class FiguresController {

	private final Impact impact;

	FiguresController(Impact impact) {
		this.impact = impact;
	}

	@GetMapping("/impact/live")
	String live(Model model) {
		model.addAttribute("live", impact.live());
		return "impact/live";
	}

	@GetMapping("/impact/mine")
	String mine(Principal principal, Model model) {
		AccountId me = AccountId.parse(principal.getName()).orElseThrow(ImpactController::notFound);
		model.addAttribute("given", impact.given(me));
		return "impact/given";
	}
}
