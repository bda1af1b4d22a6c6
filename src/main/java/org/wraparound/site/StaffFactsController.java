package org.wraparound.site;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff keep the home page's quick facts: their words in both languages, source, year and link. */
@Controller
class StaffFactsController {

	private final QuickFacts facts;
	private final Clock clock;

	StaffFactsController(QuickFacts facts, Clock clock) {
		this.facts = facts;
		this.clock = clock;
	}

	@GetMapping("/staff/facts")
	String list(Model model) {
		model.addAttribute("facts", facts.all());
		return "site/staff-facts";
	}

	@GetMapping("/staff/facts/new")
	String blank(Model model) {
		return form(null, FactForm.empty(facts.all().size() + 1), Map.of(), model);
	}

	@GetMapping("/staff/facts/{id}")
	String edit(@PathVariable String id, Model model) {
		QuickFact fact = facts.find(uuid(id)).orElseThrow(StaffFactsController::notFound);
		return form(fact.id(), FactForm.of(fact), Map.of(), model);
	}

	@PostMapping("/staff/facts")
	String add(@ModelAttribute FactForm form, Model model, RedirectAttributes redirect) {
		return save(UUID.randomUUID(), null, form, model, redirect);
	}

	@PostMapping("/staff/facts/{id}")
	String change(@PathVariable String id, @ModelAttribute FactForm form, Model model, RedirectAttributes redirect) {
		QuickFact fact = facts.find(uuid(id)).orElseThrow(StaffFactsController::notFound);
		return save(fact.id(), fact.id(), form, model, redirect);
	}

	@PostMapping("/staff/facts/{id}/remove")
	String remove(@PathVariable String id, RedirectAttributes redirect) {
		if (!facts.remove(uuid(id))) {
			throw notFound();
		}
		redirect.addFlashAttribute("notice", "facts.removed");
		return "redirect:/staff/facts";
	}

	private String save(UUID id, UUID existing, FactForm form, Model model, RedirectAttributes redirect) {
		var problems = form.problems(LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear());
		if (!problems.isEmpty()) {
			return form(existing, form, problems, model);
		}
		facts.save(form.toFact(id), clock.instant());
		redirect.addFlashAttribute("notice", "facts.saved");
		return "redirect:/staff/facts";
	}

	private String form(UUID id, FactForm form, Map<String, String> errors, Model model) {
		model.addAttribute("id", id == null ? null : id.toString());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "site/staff-fact";
	}

	private static UUID uuid(String text) {
		if (text == null || text.length() != 36) {
			throw notFound();
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			throw notFound();
		}
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
