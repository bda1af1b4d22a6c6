package org.wraparound.directory.web;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.directory.Category;
import org.wraparound.directory.Directory;
import org.wraparound.directory.EntryId;
import org.wraparound.directory.EntryInput;

/** Where a community's champions add, change, check and remove entries of its asset map. Others get 404. */
@Controller
class EntriesController {

	private final Directory directory;
	private final DirectoryAccess access;

	EntriesController(Directory directory, DirectoryAccess access) {
		this.directory = directory;
		this.access = access;
	}

	@GetMapping("/communities/{slug}/directory/new")
	String blank(@PathVariable String slug, Principal principal, Model model) {
		return form(access.championed(slug, principal), null, EntryInput.empty(), null, model);
	}

	@PostMapping("/communities/{slug}/directory")
	String add(@PathVariable String slug, @ModelAttribute EntryInput input, Principal principal, Model model,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		Errors errors = check(input);
		if (errors.hasErrors()) {
			return form(community, null, input, errors, model);
		}
		EntryId id = directory.add(community.id(), DirectoryAccess.me(principal), input)
			.orElseThrow(DirectoryAccess::notFound);
		redirect.addFlashAttribute("notice", "directory.entry.added");
		return "redirect:/communities/" + community.slug() + "/directory/" + id;
	}

	@GetMapping("/communities/{slug}/directory/{id}/edit")
	String edit(@PathVariable String slug, @PathVariable String id, Principal principal, Model model) {
		CommunitySummary community = access.championed(slug, principal);
		EntryId entry = entry(community, id);
		return form(community, entry, EntryInput.of(directory.find(community.id(), entry).orElseThrow().entry()),
				null, model);
	}

	@PostMapping("/communities/{slug}/directory/{id}")
	String change(@PathVariable String slug, @PathVariable String id, @ModelAttribute EntryInput input,
			Principal principal, Model model, RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		EntryId entry = entry(community, id);
		Errors errors = check(input);
		if (errors.hasErrors()) {
			return form(community, entry, input, errors, model);
		}
		directory.change(community.id(), DirectoryAccess.me(principal), entry, input);
		redirect.addFlashAttribute("notice", "directory.entry.changed");
		return "redirect:/communities/" + community.slug() + "/directory/" + entry;
	}

	@PostMapping("/communities/{slug}/directory/{id}/checked")
	String checked(@PathVariable String slug, @PathVariable String id, Principal principal,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		EntryId entry = entry(community, id);
		directory.markChecked(community.id(), DirectoryAccess.me(principal), entry);
		redirect.addFlashAttribute("notice", "directory.entry.checked");
		return "redirect:/communities/" + community.slug() + "/directory/" + entry;
	}

	@PostMapping("/communities/{slug}/directory/{id}/remove")
	String remove(@PathVariable String slug, @PathVariable String id, Principal principal,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		directory.remove(community.id(), DirectoryAccess.me(principal), entry(community, id));
		redirect.addFlashAttribute("notice", "directory.entry.removed");
		return "redirect:/communities/" + community.slug() + "/directory";
	}

	private EntryId entry(CommunitySummary community, String id) {
		return EntryId.parse(id).filter(entry -> directory.find(community.id(), entry).isPresent())
			.orElseThrow(DirectoryAccess::notFound);
	}

	private static Errors check(EntryInput input) {
		Errors errors = new DirectFieldBindingResult(input, "input");
		input.problems().forEach((field, key) -> errors.rejectValue(field, key));
		return errors;
	}

	private static String form(CommunitySummary community, EntryId id, EntryInput input, Errors errors, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("id", id);
		model.addAttribute("input", input);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", List.of(Category.values()));
		return "directory/form";
	}
}
