package org.wraparound.communities.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.Charter;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/**
 * A community's Compassionate City Charter: progress at a glance and the actions, for anyone; recording and changing
 * actions for its champions (anyone else's posts find nothing).
 */
@Controller
class CharterController {

	private final Charter charter;
	private final CommunityManagement communities;
	private final ChampionAccess access;

	CharterController(Charter charter, CommunityManagement communities, ChampionAccess access) {
		this.charter = charter;
		this.communities = communities;
		this.access = access;
	}

	@GetMapping("/communities/{slug}/charter")
	String page(@PathVariable String slug, Principal principal, Model model) {
		CommunitySummary community = communities.findBySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return page(community, principal, CharterActionForm.empty(), null, model);
	}

	@PostMapping("/communities/{slug}/charter")
	String record(@PathVariable String slug, Principal principal, @Valid @ModelAttribute("form") CharterActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		if (form.sectorChosen().isEmpty()) {
			errors.rejectValue("sector", "communities.charter.sector.required");
		}
		if (form.statusChosen().isEmpty()) {
			errors.rejectValue("status", "communities.charter.status.required");
		}
		if (errors.hasErrors()) {
			return page(community, principal, form, errors, model);
		}
		if (charter.record(community.id(), ChampionAccess.me(principal), form.toCommand()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "communities.charter.recorded");
		return "redirect:/communities/" + community.slug() + "/charter";
	}

	@PostMapping("/communities/{slug}/charter/{id}")
	String update(@PathVariable String slug, @PathVariable String id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String partner, @RequestParam(defaultValue = "") String notes,
			Principal principal, RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		AccountId me = ChampionAccess.me(principal);
		boolean done = CharterActionForm.status(status).isPresent() && charter.update(community.id(), me, uuid(id),
				CharterActionForm.status(status).orElseThrow(), partner, notes);
		redirect.addFlashAttribute("notice", done ? "communities.charter.changed" : "communities.charter.not-changed");
		return "redirect:/communities/" + community.slug() + "/charter#action-" + id;
	}

	@PostMapping("/communities/{slug}/charter/{id}/remove")
	String remove(@PathVariable String slug, @PathVariable String id, Principal principal,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		if (!charter.remove(community.id(), ChampionAccess.me(principal), uuid(id))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "communities.charter.removed");
		return "redirect:/communities/" + community.slug() + "/charter";
	}

	private String page(CommunitySummary community, Principal principal, CharterActionForm form,
			BindingResult errors, Model model) {
		boolean champion = principal != null && AccountId.parse(principal.getName())
			.map(me -> communities.isChampion(me, community.id())).orElse(false);
		model.addAttribute("community", community);
		model.addAttribute("progress", charter.progress(community.id()));
		model.addAttribute("actions", charter.actions(community.id()));
		model.addAttribute("champion", champion);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "communities/charter";
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
