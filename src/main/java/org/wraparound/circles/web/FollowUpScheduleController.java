package org.wraparound.circles.web;

import java.security.Principal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.circles.BereavementFollowUp;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/**
 * A community's champions choose when the community checks in with the bereaved, from a short list of times.
 * Anyone else finds nothing here.
 */
@Controller
class FollowUpScheduleController {

	/** The times offered, as ISO periods; each has a message key {@code circles.check-in.after.<period>}. */
	static final List<Period> OFFERED = List.of(Period.ofWeeks(1), Period.ofWeeks(2), Period.ofMonths(1),
			Period.ofMonths(2), Period.ofMonths(3), Period.ofMonths(6), Period.ofMonths(9), Period.ofYears(1),
			Period.ofMonths(18), Period.ofYears(2));

	private final BereavementFollowUp followUp;
	private final CommunityManagement communities;

	FollowUpScheduleController(BereavementFollowUp followUp, CommunityManagement communities) {
		this.followUp = followUp;
		this.communities = communities;
	}

	@GetMapping("/communities/{slug}/follow-up")
	String form(@PathVariable String slug, Principal principal, Model model) {
		CommunitySummary community = championed(slug, principal);
		return page(community, followUp.checkInsFor(community.id()), false, model);
	}

	@PostMapping("/communities/{slug}/follow-up")
	String save(@PathVariable String slug, @RequestParam(name = "after", required = false) List<String> after,
			Principal principal, Model model, RedirectAttributes redirect) {
		CommunitySummary community = championed(slug, principal);
		List<Period> chosen = new ArrayList<>();
		for (String text : after == null ? List.<String>of() : after) {
			OFFERED.stream().filter(period -> period.toString().equals(text)).findFirst().ifPresent(chosen::add);
		}
		if (chosen.isEmpty() || !followUp.setCheckIns(community.id(), CirclesController.me(principal), chosen)) {
			return page(community, chosen, true, model);
		}
		redirect.addFlashAttribute("notice", "circles.follow-up.saved");
		return "redirect:/communities/" + community.slug() + "/follow-up";
	}

	private String page(CommunitySummary community, List<Period> chosen, boolean invalid, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("offered", OFFERED);
		model.addAttribute("chosen", chosen);
		model.addAttribute("invalid", invalid);
		return "circles/follow-up-schedule";
	}

	private CommunitySummary championed(String slug, Principal principal) {
		return communities.findBySlug(slug)
			.filter(community -> communities.isChampion(CirclesController.me(principal), community.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
