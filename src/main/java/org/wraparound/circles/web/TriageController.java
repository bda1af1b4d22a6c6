package org.wraparound.circles.web;

import java.security.Principal;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.circles.ReferralId;
import org.wraparound.circles.ReferralTriage;
import org.wraparound.circles.TriageOutcome;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/**
 * A community's triage queue, for its champions: accept a referral (a circle opens) or decline it with a reason.
 * Anyone else is answered 404, as if there were no queue.
 */
@Controller
class TriageController {

	private final ReferralTriage triage;
	private final CommunityManagement communities;

	TriageController(ReferralTriage triage, CommunityManagement communities) {
		this.triage = triage;
		this.communities = communities;
	}

	@GetMapping("/communities/{slug}/referrals")
	String queue(@PathVariable String slug, Principal principal, Model model) {
		return queuePage(community(slug), principal, Map.of(), Map.of(), model);
	}

	@PostMapping("/communities/{slug}/referrals/{id}/accept")
	String accept(@PathVariable String slug, @PathVariable String id, Principal principal,
			RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		TriageOutcome outcome = triage.accept(referral(id), CirclesController.me(principal));
		return switch (outcome.result()) {
			case ACCEPTED -> {
				redirect.addFlashAttribute("notice", "circles.referral.accepted");
				yield "redirect:/circles/" + outcome.circle().orElseThrow();
			}
			case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			default -> back(community, outcome, redirect);
		};
	}

	@PostMapping("/communities/{slug}/referrals/{id}/decline")
	String decline(@PathVariable String slug, @PathVariable String id,
			@RequestParam(required = false) String reason, Principal principal, Model model,
			RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		ReferralId referral = referral(id);
		String problem = reason == null || reason.isBlank() ? "circles.referral.reason.required"
				: reason.length() > 1000 ? "circles.text.size.1000"
						: !reason.matches(ReferralForm.LINES) ? "circles.refer.no-markup" : null;
		if (problem != null) {
			return queuePage(community, principal, Map.of(referral.toString(), problem),
					Map.of(referral.toString(), reason == null ? "" : reason), model);
		}
		TriageOutcome outcome = triage.decline(referral, CirclesController.me(principal), reason);
		if (outcome.result() == TriageOutcome.Result.NOT_FOUND) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return back(community, outcome, redirect);
	}

	private String queuePage(CommunitySummary community, Principal principal, Map<String, String> reasonErrors,
			Map<String, String> reasons, Model model) {
		var referrals = triage.queue(community.id(), CirclesController.me(principal))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("community", community);
		model.addAttribute("referrals", referrals);
		model.addAttribute("reasonErrors", reasonErrors);
		model.addAttribute("reasons", reasons);
		return "circles/referrals";
	}

	private static String back(CommunitySummary community, TriageOutcome outcome, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "circles.referral." + outcome.result().name());
		return "redirect:/communities/" + community.slug() + "/referrals";
	}

	private CommunitySummary community(String slug) {
		return communities.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ReferralId referral(String id) {
		return ReferralId.parse(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
