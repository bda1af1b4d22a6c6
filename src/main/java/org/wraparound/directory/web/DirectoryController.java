package org.wraparound.directory.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.directory.Category;
import org.wraparound.directory.Directory;
import org.wraparound.directory.EntryId;
import org.wraparound.platform.MapSettings;
import org.wraparound.platform.Language;

/** A community's asset map, public: the search, the list (and the map beside it, when tiles are set), each entry. */
@Controller
class DirectoryController {

	private final Directory directory;
	private final CommunityManagement communities;
	private final DirectoryAccess access;
	private final MapSettings map;

	DirectoryController(Directory directory, CommunityManagement communities, DirectoryAccess access,
			MapSettings map) {
		this.directory = directory;
		this.communities = communities;
		this.access = access;
		this.map = map;
	}

	@GetMapping("/communities/{slug}/directory")
	String list(@PathVariable String slug, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String language,
			@RequestParam(required = false) String near, @RequestParam(required = false) String within,
			Principal principal, Locale locale, Model model) {
		CommunitySummary community = access.community(slug);
		var neighbourhoods = communities.neighbourhoods(community.id());
		SearchForm form = new SearchForm(q, category, language, near, within);
		Errors errors = new DirectFieldBindingResult(form, "search");
		form.validate(errors, community, neighbourhoods);
		model.addAttribute("community", community);
		model.addAttribute("search", form);
		model.addAttribute("errors", errors);
		model.addAttribute("listings", directory.search(community.id(), form.toSearch(errors, community, neighbourhoods)));
		model.addAttribute("categories", List.of(Category.values()));
		model.addAttribute("languages", directory.languages(community.id()));
		model.addAttribute("neighbourhoods", neighbourhoods);
		model.addAttribute("gaps", directory.gaps(community.id()));
		model.addAttribute("champion", access.isChampion(community, principal));
		model.addAttribute("map", map);
		model.addAttribute("reader", Language.of(locale));
		return "directory/list";
	}

	@GetMapping("/communities/{slug}/directory/{id}")
	String entry(@PathVariable String slug, @PathVariable String id, Principal principal, Locale locale,
			Model model) {
		CommunitySummary community = access.community(slug);
		var listing = EntryId.parse(id).flatMap(entry -> directory.find(community.id(), entry))
			.orElseThrow(DirectoryAccess::notFound);
		model.addAttribute("community", community);
		model.addAttribute("listing", listing);
		model.addAttribute("champion", access.isChampion(community, principal));
		model.addAttribute("reader", Language.of(locale));
		return "directory/entry";
	}
}
