package org.wraparound.communities.web;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/** Staff name and remove each community's champions. Every change goes to the audit log. */
@Controller
class StaffCommunitiesController {

	private final CommunityManagement communities;
	private final AccountManagement accounts;

	StaffCommunitiesController(CommunityManagement communities, AccountManagement accounts) {
		this.communities = communities;
		this.accounts = accounts;
	}

	@GetMapping("/staff/communities")
	String list(Model model) {
		var all = communities.all();
		Set<AccountId> champions = new HashSet<>();
		all.forEach(community -> champions.addAll(community.champions()));
		model.addAttribute("communities", all);
		model.addAttribute("names", accounts.displayNames(champions));
		return "communities/staff";
	}

	@PostMapping("/staff/communities/{slug}/champions")
	String addChampion(@PathVariable String slug, @RequestParam(required = false) String email,
			RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		var account = email == null || email.length() > 254 ? Optional.<AccountId>empty()
				: accounts.findByEmail(email).map(found -> found.id());
		if (account.isEmpty()) {
			redirect.addFlashAttribute("notice", "staff.champions.unknown");
		}
		else {
			redirect.addFlashAttribute("notice", communities.addChampion(community.id(), account.get())
					? "staff.champions.added" : "staff.champions.already");
		}
		return "redirect:/staff/communities";
	}

	@PostMapping("/staff/communities/{slug}/champions/{id}/remove")
	String removeChampion(@PathVariable String slug, @PathVariable String id, RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		boolean removed = AccountId.parse(id).map(account -> communities.removeChampion(community.id(), account))
			.orElse(false);
		redirect.addFlashAttribute("notice", removed ? "staff.champions.removed" : "staff.champions.kept");
		return "redirect:/staff/communities";
	}

	private CommunitySummary community(String slug) {
		return communities.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
