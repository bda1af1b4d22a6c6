package org.wraparound.circles.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.circles.ReferralTriage;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Language;
import org.wraparound.platform.RateLimiter;

/**
 * The public referral form: no account needed. Robots are kept out by a honeypot field (they are thanked, and
 * nothing is stored) and by a limit per address (429).
 */
@Controller
class ReferralFormController {

	static final String PER_IP = "referral-per-ip";

	private final ReferralTriage triage;
	private final CommunityManagement communities;
	private final RateLimiter limiter;

	ReferralFormController(ReferralTriage triage, CommunityManagement communities, RateLimiter limiter) {
		this.triage = triage;
		this.communities = communities;
		this.limiter = limiter;
	}

	@GetMapping("/communities/{slug}/refer")
	String form(@PathVariable String slug, Locale locale, Model model) {
		model.addAttribute("community", community(slug));
		model.addAttribute("form", ReferralForm.empty(Language.of(locale).code()));
		return "circles/refer";
	}

	@PostMapping("/communities/{slug}/refer")
	String refer(@PathVariable String slug, @Valid @ModelAttribute("form") ReferralForm form, BindingResult errors,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		CommunitySummary community = community(slug);
		var decision = limiter.consume(PER_IP, request.getRemoteAddr());
		if (!decision.allowed()) {
			response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "circles/refer-throttled";
		}
		if (form.isSpam()) {
			return "redirect:/communities/" + community.slug() + "/refer/thanks";
		}
		if (errors.hasErrors()) {
			model.addAttribute("community", community);
			model.addAttribute("errors", errors);
			return "circles/refer";
		}
		triage.refer(form.toCommand(community.id(), Language.of(locale)));
		return "redirect:/communities/" + community.slug() + "/refer/thanks";
	}

	@GetMapping("/communities/{slug}/refer/thanks")
	String thanks(@PathVariable String slug, Model model) {
		model.addAttribute("community", community(slug));
		return "circles/refer-thanks";
	}

	private CommunitySummary community(String slug) {
		return communities.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
