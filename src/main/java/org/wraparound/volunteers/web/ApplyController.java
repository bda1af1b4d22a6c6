package org.wraparound.volunteers.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.Neighbourhood;
import org.wraparound.platform.MapSettings;
import org.wraparound.volunteers.Application;
import org.wraparound.volunteers.Step;
import org.wraparound.volunteers.VolunteerStatus;
import org.wraparound.volunteers.Volunteering;
import org.wraparound.volunteers.VolunteerTraining;

/**
 * Volunteer with us: choose a community, then one short step per page, each saved when sent, so that someone
 * who leaves halfway comes back to where they stopped; then a review and sending it.
 */
@Controller
class ApplyController {

	private final Volunteering volunteering;
	private final CommunityManagement communities;
	private final VolunteerTraining training;
	private final MapSettings map;

	ApplyController(Volunteering volunteering, CommunityManagement communities, VolunteerTraining training,
			MapSettings map) {
		this.map = map;
		this.training = training;
		this.volunteering = volunteering;
		this.communities = communities;
	}

	@GetMapping("/volunteer")
	String start(Principal principal, Model model) {
		AccountId me = Me.of(principal);
		List<CommunitySummary> all = communities.all();
		model.addAttribute("communities", all);
		model.addAttribute("applications", volunteering.applicationsOf(me).stream()
			.map(application -> new Started(application, all.stream()
				.filter(community -> community.id().equals(application.community())).findFirst().orElse(null)))
			.filter(started -> started.community() != null).toList());
		return "volunteers/start";
	}

	@PostMapping("/volunteer/{slug}/start")
	String begin(@PathVariable String slug, Principal principal) {
		volunteering.start(community(slug).id(), Me.of(principal));
		return "redirect:/volunteer/" + slug;
	}

	/** Where the application stands: the step to carry on from, the review, or what happened once sent. */
	@GetMapping("/volunteer/{slug}")
	String resume(@PathVariable String slug, Principal principal, Model model) {
		CommunitySummary community = community(slug);
		var application = volunteering.application(community.id(), Me.of(principal));
		if (application.isEmpty()) {
			return "redirect:/volunteer";
		}
		if (application.get().status() == VolunteerStatus.DRAFT) {
			return "redirect:/volunteer/" + slug + "/"
					+ application.get().resumeAt().map(Step::slug).orElse("review");
		}
		model.addAttribute("community", community);
		model.addAttribute("application", application.get());
		model.addAttribute("training", training.mine(community.id(), application.get().account()));
		return "volunteers/sent";
	}

	@GetMapping("/volunteer/{slug}/review")
	String review(@PathVariable String slug, Principal principal, Model model) {
		CommunitySummary community = community(slug);
		Application draft = draft(community, principal);
		if (!draft.readyToSend()) {
			return "redirect:/volunteer/" + slug;
		}
		model.addAttribute("community", community);
		model.addAttribute("application", draft);
		model.addAttribute("neighbourhoods", communities.neighbourhoods(community.id()));
		return "volunteers/review";
	}

	@PostMapping("/volunteer/{slug}/send")
	String send(@PathVariable String slug, Principal principal, RedirectAttributes redirect) {
		CommunitySummary community = community(slug);
		if (volunteering.send(community.id(), Me.of(principal))) {
			redirect.addFlashAttribute("notice", "volunteers.sent.notice");
		}
		return "redirect:/volunteer/" + slug;
	}

	@GetMapping("/volunteer/{slug}/{step}")
	String step(@PathVariable String slug, @PathVariable("step") String stepSlug, Principal principal, Model model) {
		CommunitySummary community = community(slug);
		Step step = Step.fromSlug(stepSlug).orElseThrow(Me::notFound);
		Application draft = draft(community, principal);
		if (step.ordinal() > draft.nextStep()) {
			return "redirect:/volunteer/" + slug;
		}
		return page(community, step, ApplicationForm.of(draft.answers()), Map.of(), model);
	}

	@PostMapping("/volunteer/{slug}/{step}")
	String save(@PathVariable String slug, @PathVariable("step") String stepSlug,
			@ModelAttribute ApplicationForm posted, Principal principal, Model model) {
		CommunitySummary community = community(slug);
		Step step = Step.fromSlug(stepSlug).orElseThrow(Me::notFound);
		Application draft = draft(community, principal);
		if (step.ordinal() > draft.nextStep()) {
			return "redirect:/volunteer/" + slug;
		}
		List<Neighbourhood> neighbourhoods = communities.neighbourhoods(community.id());
		ApplicationForm form = posted.onto(step, ApplicationForm.of(draft.answers()));
		var problems = form.problems(step, neighbourhoods);
		if (!problems.isEmpty()) {
			return page(community, step, form, problems, model);
		}
		volunteering.saveStep(community.id(), draft.account(), step, form.toAnswers(neighbourhoods));
		boolean last = step.ordinal() == Step.values().length - 1;
		return "redirect:/volunteer/" + slug + "/" + (last ? "review" : Step.values()[step.ordinal() + 1].slug());
	}

	private String page(CommunitySummary community, Step step, ApplicationForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("community", community);
		model.addAttribute("step", step);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("neighbourhoods", communities.neighbourhoods(community.id()));
		model.addAttribute("map", map);
		return "volunteers/step";
	}

	private Application draft(CommunitySummary community, Principal principal) {
		return volunteering.application(community.id(), Me.of(principal))
			.filter(application -> application.status() == VolunteerStatus.DRAFT).orElseThrow(Me::notFound);
	}

	private CommunitySummary community(String slug) {
		return communities.findBySlug(slug).orElseThrow(Me::notFound);
	}
}
