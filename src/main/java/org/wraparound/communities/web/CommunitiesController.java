package org.wraparound.communities.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.Charter;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Language;

/** The public list of communities and a page for each: what it does, its neighbourhoods, how to take part. */
@Controller
class CommunitiesController {

	private final CommunityManagement communities;
	private final Charter charter;
	private final AccountManagement accounts;

	CommunitiesController(CommunityManagement communities, AccountManagement accounts, Charter charter) {
		this.charter = charter;
		this.communities = communities;
		this.accounts = accounts;
	}

	@GetMapping("/communities")
	String list(Model model) {
		model.addAttribute("communities", communities.all());
		return "communities/list";
	}

	@GetMapping("/communities/{slug}")
	String show(@PathVariable String slug, Principal principal, Locale locale, Model model) {
		CommunitySummary community = communities.findBySlug(slug)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var names = accounts.displayNames(community.champions());
		List<String> champions = community.champions().stream().map(names::get).filter(name -> name != null)
			.map(CommunitiesController::firstName).toList();
		model.addAttribute("community", community);
		model.addAttribute("champions", champions);
		var description = communities.description(community.id());
		Language reader = Language.of(locale);
		String text = description.in(reader).orElse("");
		model.addAttribute("description", text);
		// text shown in the other language is marked as such, for screen readers
		String own = reader == Language.FR ? description.french() : description.english();
		model.addAttribute("descriptionLang", !text.isEmpty() && own.isEmpty() ? reader.other().code() : null);
		model.addAttribute("neighbourhoods", communities.neighbourhoods(community.id()));
		model.addAttribute("charterReached", charter.progress(community.id()).reached());
		model.addAttribute("champion", principal != null && AccountId.parse(principal.getName())
			.map(me -> communities.isChampion(me, community.id())).orElse(false));
		return "communities/show";
	}

	/** Only first names go on the public page. */
	private static String firstName(String displayName) {
		String name = displayName.strip();
		int space = name.indexOf(' ');
		return space > 0 ? name.substring(0, space) : name;
	}
}
