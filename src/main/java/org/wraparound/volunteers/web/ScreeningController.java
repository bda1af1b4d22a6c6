package org.wraparound.volunteers.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.volunteers.Application;
import org.wraparound.volunteers.VolunteerScreening;
import org.wraparound.volunteers.VolunteerTraining;

/** A community's champions screen its applicants. Anyone else, and any record of another community, gets 404. */
@Controller
class ScreeningController {

	static final int MAX_REASON = 2000;

	private final VolunteerScreening screening;
	private final VolunteerTraining training;
	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final Clock clock;

	ScreeningController(VolunteerScreening screening, VolunteerTraining training, CommunityManagement communities,
			AccountManagement accounts, Clock clock) {
		this.screening = screening;
		this.training = training;
		this.communities = communities;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/volunteers/{slug}")
	String list(@PathVariable String slug, Principal principal, Model model) {
		CommunitySummary community = community(slug);
		var applicants = screening.applicants(community.id(), Me.of(principal)).orElseThrow(Me::notFound);
		model.addAttribute("community", community);
		model.addAttribute("groups", ApplicantGroups.of(applicants, LocalDate.now(clock.withZone(community.timeZone()))));
		model.addAttribute("names", accounts.displayNames(applicants.stream().map(Application::account).toList()));
		return "volunteers/applicants";
	}

	@GetMapping("/volunteers/{slug}/{id}")
	String show(@PathVariable String slug, @PathVariable String id, Principal principal, Model model) {
		CommunitySummary community = community(slug);
		Application application = screening.read(community.id(), uuid(id), Me.of(principal))
			.orElseThrow(Me::notFound);
		return page(principal, community, application, ChecklistForm.of(application.checklist()), Map.of(), null, model);
	}

	@PostMapping("/volunteers/{slug}/{id}/checklist")
	String checklist(@PathVariable String slug, @PathVariable String id, @ModelAttribute ChecklistForm form,
			Principal principal, Model model, RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		Application application = screening.read(community.id(), uuid(id), Me.of(principal))
			.orElseThrow(Me::notFound);
		var problems = form.problems();
		if (!problems.isEmpty()) {
			return page(principal, community, application, form, problems, null, model);
		}
		if (!screening.saveChecklist(community.id(), application.id(), Me.of(principal), form.toChecklist())) {
			return page(principal, community, application, form, Map.of("form", "volunteers.error.decided"), null, model);
		}
		redirect.addFlashAttribute("notice", "volunteers.checklist.saved");
		return "redirect:/volunteers/" + slug + "/" + id;
	}

	@PostMapping("/volunteers/{slug}/{id}/approve")
	String approve(@PathVariable String slug, @PathVariable String id, Principal principal, Model model,
			RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		Application application = screening.read(community.id(), uuid(id), Me.of(principal))
			.orElseThrow(Me::notFound);
		if (!screening.approve(community.id(), application.id(), Me.of(principal))) {
			return page(principal, community, application, ChecklistForm.of(application.checklist()),
					Map.of("approve", "volunteers.error.not-ready"), null, model);
		}
		redirect.addFlashAttribute("notice", "volunteers.approved.notice");
		return "redirect:/volunteers/" + slug;
	}

	@PostMapping("/volunteers/{slug}/{id}/decline")
	String decline(@PathVariable String slug, @PathVariable String id, @RequestParam(required = false) String reason,
			Principal principal, Model model, RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		Application application = screening.read(community.id(), uuid(id), Me.of(principal))
			.orElseThrow(Me::notFound);
		String problem = reason == null || reason.isBlank() ? "volunteers.error.reason"
				: reason.length() > MAX_REASON ? "volunteers.error.too-long" : null;
		if (problem != null) {
			return page(principal, community, application, ChecklistForm.of(application.checklist()), Map.of("reason", problem),
					reason, model);
		}
		if (!screening.decline(community.id(), application.id(), Me.of(principal), reason)) {
			return page(principal, community, application, ChecklistForm.of(application.checklist()),
					Map.of("reason", "volunteers.error.decided"), reason, model);
		}
		redirect.addFlashAttribute("notice", "volunteers.declined.notice");
		return "redirect:/volunteers/" + slug;
	}

	private String page(Principal principal, CommunitySummary community, Application application, ChecklistForm form,
			Map<String, String> errors, String reason, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("application", application);
		model.addAttribute("name", accounts.displayNames(List.of(application.account()))
			.getOrDefault(application.account(), ""));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("reason", reason);
		model.addAttribute("today", LocalDate.now(clock.withZone(community.timeZone())));
		model.addAttribute("neighbourhoods", communities.neighbourhoods(community.id()));
		AccountId champion = Me.of(principal);
		model.addAttribute("training", training.records(community.id(), application.id(), champion).orElse(List.of()));
		model.addAttribute("missing", training.missing(community.id(), application.id(), champion));
		return "volunteers/screen";
	}

	private CommunitySummary community(String slug) {
		return communities.findBySlug(slug).orElseThrow(Me::notFound);
	}

	static UUID uuid(String text) {
		if (text == null || text.length() != 36) {
			throw Me.notFound();
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			throw Me.notFound();
		}
	}
}
