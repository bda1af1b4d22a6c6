package org.wraparound.toolkit.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.Language;
import org.wraparound.toolkit.EditItem;
import org.wraparound.toolkit.Guide;
import org.wraparound.toolkit.GuideEditing;
import org.wraparound.toolkit.GuideVersion;

/**
 * Staff edit the toolkit's guides (Markdown, in each language) and checklists, and read every earlier version.
 * Only staff and admins reach these pages (the security configuration guards {@code /staff/**}).
 */
@Controller
class StaffToolkitController {

	private final GuideEditing editing;
	private final AccountManagement accounts;

	StaffToolkitController(GuideEditing editing, AccountManagement accounts) {
		this.editing = editing;
		this.accounts = accounts;
	}

	@GetMapping("/staff/toolkit")
	String list(Locale locale, Model model) {
		model.addAttribute("guides", editing.all(Language.of(locale)));
		return "toolkit/staff-list";
	}

	@GetMapping("/staff/toolkit/steps/{step}/{language}")
	String edit(@PathVariable String step, @PathVariable String language, Model model) {
		Guide guide = guide(step, language);
		model.addAttribute("guide", guide);
		model.addAttribute("form", GuideForm.of(guide));
		return "toolkit/staff-edit";
	}

	@PostMapping("/staff/toolkit/steps/{step}/{language}")
	String save(@PathVariable String step, @PathVariable String language,
			@Valid @ModelAttribute("form") GuideForm form, BindingResult errors, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Guide guide = guide(step, language);
		if (errors.hasErrors()) {
			model.addAttribute("guide", guide);
			model.addAttribute("errors", errors);
			return "toolkit/staff-edit";
		}
		var outcome = editing.edit(form.toCommand(step, guide.language(), ToolkitController.me(request)));
		if (outcome == GuideEditing.Outcome.NOT_FOUND) {
			throw ToolkitController.notFound();
		}
		if (outcome == GuideEditing.Outcome.CHANGED_MEANWHILE) {
			model.addAttribute("guide", guide);
			model.addAttribute("notice", "toolkit.staff.changed-meanwhile");
			return "toolkit/staff-edit";
		}
		redirect.addFlashAttribute("notice", "toolkit.staff." + outcome.name().toLowerCase(Locale.ROOT));
		return "redirect:/staff/toolkit/steps/" + step + "/history";
	}

	@GetMapping("/staff/toolkit/steps/{step}/history")
	String history(@PathVariable String step, Locale locale, Model model) {
		Guide guide = editing.guide(step, Language.of(locale)).orElseThrow(ToolkitController::notFound);
		List<GuideVersion> versions = editing.history(step);
		Set<AccountId> authors = new HashSet<>();
		versions.forEach(version -> version.changedBy().ifPresent(authors::add));
		model.addAttribute("guide", guide);
		model.addAttribute("versions", versions);
		model.addAttribute("names", accounts.displayNames(authors));
		return "toolkit/staff-history";
	}

	@GetMapping("/staff/toolkit/steps/{step}/items")
	String items(@PathVariable String step, Locale locale, Model model) {
		model.addAttribute("guide", editing.guide(step, Language.of(locale)).orElseThrow(ToolkitController::notFound));
		model.addAttribute("items", editing.items(step));
		return "toolkit/staff-items";
	}

	@PostMapping("/staff/toolkit/steps/{step}/items")
	String saveItems(@PathVariable String step, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		editing.guide(step, Language.of(locale)).orElseThrow(ToolkitController::notFound);
		// read as sent, one value per row: a list parameter would split a label at its commas
		List<String> keys = values(request, "key");
		List<String> en = values(request, "en");
		List<String> fr = values(request, "fr");
		List<EditItem> edits = new ArrayList<>();
		int rows = Math.min(keys.size(), Math.min(en.size(), fr.size()));
		for (int i = 0; i < rows; i++) {
			String problem = en.get(i).length() > EditItem.MAX_LABEL || fr.get(i).length() > EditItem.MAX_LABEL
					? "toolkit.staff.items.too-long"
					: en.get(i).isBlank() != fr.get(i).isBlank() ? "toolkit.staff.items.both" : null;
			if (problem != null) {
				model.addAttribute("guide", editing.guide(step, Language.of(locale)).orElseThrow());
				model.addAttribute("items", editing.items(step));
				model.addAttribute("notice", problem);
				return "toolkit/staff-items";
			}
			edits.add(new EditItem(keys.get(i).isBlank() ? null : keys.get(i), en.get(i), fr.get(i)));
		}
		int changed = editing.editItems(step, edits, ToolkitController.me(request)).orElseThrow();
		redirect.addFlashAttribute("notice", changed > 0 ? "toolkit.staff.items.saved" : "toolkit.staff.unchanged");
		return "redirect:/staff/toolkit/steps/" + step + "/items";
	}

	private static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? List.of() : List.of(values);
	}

	private Guide guide(String step, String language) {
		Language lang = Language.parse(language).filter(found -> found.code().equals(language))
			.orElseThrow(ToolkitController::notFound);
		return editing.guide(step, lang).orElseThrow(ToolkitController::notFound);
	}
}
