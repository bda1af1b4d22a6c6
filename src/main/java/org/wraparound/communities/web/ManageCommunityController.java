package org.wraparound.communities.web;

import java.security.Principal;
import java.util.Optional;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.NeighbourhoodId;

/**
 * The page where a community's champions say what it does and name its neighbourhoods. Anyone else finds nothing
 * here (404).
 */
@Controller
class ManageCommunityController {

	private final CommunityManagement communities;
	private final ChampionAccess access;

	ManageCommunityController(CommunityManagement communities, ChampionAccess access) {
		this.communities = communities;
		this.access = access;
	}

	@GetMapping("/communities/{slug}/manage")
	String page(@PathVariable String slug, Principal principal, Model model) {
		return page(access.championed(slug, principal), model);
	}

	@PostMapping("/communities/{slug}/description")
	String describe(@PathVariable String slug, Principal principal,
			@Valid @ModelAttribute("description") DescriptionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		if (errors.hasErrors()) {
			model.addAttribute("descriptionErrors", errors);
			return page(community, model);
		}
		communities.describe(community.id(), ChampionAccess.me(principal), form.toDescription());
		return done(community, redirect, "communities.manage.description.saved", "description");
	}

	@PostMapping("/communities/{slug}/neighbourhoods")
	String add(@PathVariable String slug, Principal principal, @Valid @ModelAttribute("added") NeighbourhoodForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		validate(community, form, errors, Optional.empty());
		if (errors.hasErrors()) {
			model.addAttribute("addErrors", errors);
			return page(community, model);
		}
		communities.addNeighbourhood(community.id(), ChampionAccess.me(principal), form.toPlace());
		return done(community, redirect, "communities.neighbourhoods.added", "neighbourhoods");
	}

	@PostMapping("/communities/{slug}/neighbourhoods/{id}")
	String change(@PathVariable String slug, @PathVariable String id, Principal principal,
			@Valid @ModelAttribute("changed") NeighbourhoodForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		NeighbourhoodId neighbourhood = neighbourhood(community, id);
		validate(community, form, errors, Optional.of(neighbourhood));
		if (errors.hasErrors()) {
			model.addAttribute("changeErrors", errors);
			model.addAttribute("editing", neighbourhood);
			return page(community, model);
		}
		communities.changeNeighbourhood(community.id(), ChampionAccess.me(principal), neighbourhood, form.toPlace());
		return done(community, redirect, "communities.neighbourhoods.changed", "neighbourhoods");
	}

	@PostMapping("/communities/{slug}/neighbourhoods/{id}/remove")
	String remove(@PathVariable String slug, @PathVariable String id, Principal principal,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		communities.removeNeighbourhood(community.id(), ChampionAccess.me(principal), neighbourhood(community, id));
		return done(community, redirect, "communities.neighbourhoods.removed", "neighbourhoods");
	}

	private void validate(CommunitySummary community, NeighbourhoodForm form, BindingResult errors,
			Optional<NeighbourhoodId> except) {
		form.validate(errors);
		if (!errors.hasFieldErrors("name") && communities.neighbourhoodNameTaken(community.id(), form.name(), except)) {
			errors.rejectValue("name", "communities.neighbourhoods.name.taken");
		}
	}

	/** A neighbourhood of this community, or 404: another community's id opens nothing here. */
	private NeighbourhoodId neighbourhood(CommunitySummary community, String id) {
		return NeighbourhoodId.parse(id)
			.filter(found -> communities.neighbourhoods(community.id()).stream()
				.anyMatch(neighbourhood -> neighbourhood.id().equals(found)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String page(CommunitySummary community, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("neighbourhoods", communities.neighbourhoods(community.id()));
		if (!model.containsAttribute("description")) {
			model.addAttribute("description", DescriptionForm.of(communities.description(community.id())));
		}
		if (!model.containsAttribute("added")) {
			model.addAttribute("added", NeighbourhoodForm.empty());
		}
		return "communities/manage";
	}

	private static String done(CommunitySummary community, RedirectAttributes redirect, String notice, String anchor) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/communities/" + community.slug() + "/manage#" + anchor;
	}
}
