package org.wraparound.volunteers.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.wraparound.volunteers.VolunteerTraining.Change;

/**
 * A community's champions keep its courses (saying which are required before approval) and each volunteer's
 * completed training. Anyone else, and any record of another community, gets 404.
 */
@Controller
class TrainingController {

	private final VolunteerTraining training;
	private final VolunteerScreening screening;
	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final Clock clock;

	TrainingController(VolunteerTraining training, VolunteerScreening screening, CommunityManagement communities,
			AccountManagement accounts, Clock clock) {
		this.training = training;
		this.screening = screening;
		this.communities = communities;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/volunteers/{slug}/training")
	String courses(@PathVariable String slug, Principal principal, Model model) {
		return coursesPage(community(slug), Me.of(principal), null, false, Map.of(), model);
	}

	@PostMapping("/volunteers/{slug}/training")
	String addCourse(@PathVariable String slug, @RequestParam(required = false) String name,
			@RequestParam(required = false) String required, Principal principal, Model model,
			RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		boolean isRequired = "true".equals(required);
		String problem = name == null || name.isBlank() ? "volunteers.training.error.name"
				: name.strip().length() > VolunteerTraining.MAX_NAME ? "volunteers.training.error.name-long" : null;
		if (problem == null) {
			Change change = training.addCourse(community.id(), Me.of(principal), name, isRequired);
			if (change == Change.OUT_OF_REACH) {
				throw Me.notFound();
			}
			problem = change == Change.DUPLICATE ? "volunteers.training.error.duplicate" : null;
		}
		if (problem != null) {
			return coursesPage(community, Me.of(principal), name, isRequired, Map.of("name", problem), model);
		}
		redirect.addFlashAttribute("notice", "volunteers.training.course-added");
		return "redirect:/volunteers/" + slug + "/training";
	}

	@PostMapping("/volunteers/{slug}/training/{course}/required")
	String require(@PathVariable String slug, @PathVariable String course,
			@RequestParam(required = false) String required, Principal principal, RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		if (training.require(community.id(), Me.of(principal), ScreeningController.uuid(course),
				"true".equals(required)) != Change.DONE) {
			throw Me.notFound();
		}
		redirect.addFlashAttribute("notice", "volunteers.training.course-changed");
		return "redirect:/volunteers/" + slug + "/training";
	}

	@GetMapping("/volunteers/{slug}/{id}/training")
	String records(@PathVariable String slug, @PathVariable String id, Principal principal, Model model) {
		CommunitySummary community = community(slug);
		return recordsPage(community, volunteer(community, id, principal), Me.of(principal), TrainingForm.empty(),
				Map.of(), model);
	}

	@PostMapping("/volunteers/{slug}/{id}/training")
	String record(@PathVariable String slug, @PathVariable String id, @ModelAttribute TrainingForm form,
			Principal principal, Model model, RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		Application volunteer = volunteer(community, id, principal);
		var problems = form.problems(LocalDate.now(clock.withZone(community.timeZone())));
		if (problems.isEmpty()) {
			Change change = training.record(community.id(), volunteer.id(), Me.of(principal),
					form.outside() ? Optional.empty() : form.courseId(), form.outsideName(), form.day().orElseThrow());
			if (change != Change.DONE) {
				problems = Map.of("course", "volunteers.training.error.course");
			}
		}
		if (!problems.isEmpty()) {
			return recordsPage(community, volunteer, Me.of(principal), form, problems, model);
		}
		redirect.addFlashAttribute("notice", "volunteers.training.recorded");
		return "redirect:/volunteers/" + slug + "/" + id + "/training";
	}

	@PostMapping("/volunteers/{slug}/{id}/training/{record}/remove")
	String remove(@PathVariable String slug, @PathVariable String id, @PathVariable String record,
			Principal principal, RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		Application volunteer = volunteer(community, id, principal);
		if (training.remove(community.id(), volunteer.id(), Me.of(principal),
				ScreeningController.uuid(record)) != Change.DONE) {
			throw Me.notFound();
		}
		redirect.addFlashAttribute("notice", "volunteers.training.removed");
		return "redirect:/volunteers/" + slug + "/" + id + "/training";
	}

	private String coursesPage(CommunitySummary community, AccountId champion, String name,
			boolean required, Map<String, String> errors, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("courses", training.courses(community.id(), champion).orElseThrow(Me::notFound));
		model.addAttribute("name", name);
		model.addAttribute("required", required);
		model.addAttribute("errors", errors);
		return "volunteers/courses";
	}

	private String recordsPage(CommunitySummary community, Application volunteer,
			AccountId champion, TrainingForm form, Map<String, String> errors, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("volunteer", volunteer);
		model.addAttribute("name", accounts.displayNames(List.of(volunteer.account())).getOrDefault(volunteer.account(), ""));
		model.addAttribute("courses", training.courses(community.id(), champion).orElseThrow(Me::notFound));
		model.addAttribute("records", training.records(community.id(), volunteer.id(), champion).orElseThrow(Me::notFound));
		model.addAttribute("missing", training.missing(community.id(), volunteer.id(), champion));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("today", LocalDate.now(clock.withZone(community.timeZone())));
		return "volunteers/training";
	}

	private Application volunteer(CommunitySummary community, String id, Principal principal) {
		return screening.read(community.id(), ScreeningController.uuid(id), Me.of(principal)).orElseThrow(Me::notFound);
	}

	private CommunitySummary community(String slug) {
		return communities.findBySlug(slug).orElseThrow(Me::notFound);
	}
}
