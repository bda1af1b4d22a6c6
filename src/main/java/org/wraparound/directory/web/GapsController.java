package org.wraparound.directory.web;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.directory.Category;
import org.wraparound.directory.Directory;
import org.wraparound.directory.Gap;
import org.wraparound.directory.GapId;

/** Where a community's champions record what it lacks, and take a gap off once it is filled. */
@Controller
class GapsController {

	private final Directory directory;
	private final DirectoryAccess access;

	GapsController(Directory directory, DirectoryAccess access) {
		this.directory = directory;
		this.access = access;
	}

	/** A gap as typed. */
	record GapForm(String category, String note) {

		GapForm {
			category = category == null ? "" : category.strip();
			note = note == null ? "" : note.strip();
		}
	}

	@GetMapping("/communities/{slug}/directory/gaps/new")
	String blank(@PathVariable String slug, Principal principal, Model model) {
		return form(access.championed(slug, principal), new GapForm("", ""), null, model);
	}

	@PostMapping("/communities/{slug}/directory/gaps")
	String record(@PathVariable String slug, @RequestParam(required = false) String category,
			@RequestParam(required = false) String note, Principal principal, Model model,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		GapForm form = new GapForm(category, note);
		Errors errors = new DirectFieldBindingResult(form, "gap");
		if (Category.parse(form.category()).isEmpty()) {
			errors.rejectValue("category", "directory.category.required");
		}
		if (form.note().isEmpty()) {
			errors.rejectValue("note", "directory.gap.note.required");
		}
		else if (form.note().length() > Gap.NOTE_MAX || form.note().matches("(?s).*\\p{Cc}.*")) {
			errors.rejectValue("note", "directory.gap.note.invalid");
		}
		if (errors.hasErrors()) {
			return form(community, form, errors, model);
		}
		directory.recordGap(community.id(), DirectoryAccess.me(principal), Category.parse(form.category()).get(),
				form.note());
		redirect.addFlashAttribute("notice", "directory.gap.recorded");
		return "redirect:/communities/" + community.slug() + "/directory#gaps";
	}

	@PostMapping("/communities/{slug}/directory/gaps/{id}/remove")
	String remove(@PathVariable String slug, @PathVariable String id, Principal principal,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		GapId gap = GapId.parse(id).orElseThrow(DirectoryAccess::notFound);
		if (!directory.removeGap(community.id(), DirectoryAccess.me(principal), gap)) {
			throw DirectoryAccess.notFound();
		}
		redirect.addFlashAttribute("notice", "directory.gap.removed");
		return "redirect:/communities/" + community.slug() + "/directory#gaps";
	}

	private static String form(CommunitySummary community, GapForm form, Errors errors, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("gap", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", List.of(Category.values()));
		return "directory/gap";
	}
}
