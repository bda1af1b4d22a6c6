package org.wraparound.stories.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.stories.StoryId;
import org.wraparound.stories.StoryManagement;
import org.wraparound.stories.StoryView;
import org.wraparound.stories.Theme;

/** Staff moderate stories: the queue, then edit, approve, send back with a note or reject with a reason; feature one. */
@Controller
class StaffStoriesController {

	private final StoryManagement stories;
	private final CommunityManagement communities;
	private final AccountManagement accounts;

	StaffStoriesController(StoryManagement stories, CommunityManagement communities, AccountManagement accounts) {
		this.stories = stories;
		this.communities = communities;
		this.accounts = accounts;
	}

	@GetMapping("/staff/stories")
	String queue(Model model) {
		model.addAttribute("queue", stories.queue());
		model.addAttribute("published", stories.recentlyPublished());
		model.addAttribute("communityNames", CommunityNames.of(communities));
		return "stories/staff-queue";
	}

	@GetMapping("/staff/stories/{id}")
	String show(@PathVariable String id, Model model) {
		var story = StoryId.parse(id).flatMap(stories::review).orElseThrow(CommunityNames::notFound);
		return page(model, story, StoryEditForm.of(story), null, "", null);
	}

	@PostMapping("/staff/stories/{id}/edit")
	String edit(@PathVariable String id, @Validated @ModelAttribute("form") StoryEditForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var story = story(id);
		form.validate(errors, story.photo().isPresent());
		if (errors.hasErrors()) {
			return page(model, story, form, errors, "", null);
		}
		return done(stories.edit(story.id(), form.toEdit()), "stories.staff.edited", story, redirect);
	}

	@PostMapping("/staff/stories/{id}/approve")
	String approve(@PathVariable String id, RedirectAttributes redirect) {
		var story = story(id);
		return done(stories.approve(story.id()), "stories.staff.approved", story, redirect);
	}

	@PostMapping("/staff/stories/{id}/send-back")
	String sendBack(@PathVariable String id, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		var story = story(id);
		var decision = new DecisionForm(note);
		var errors = checked(decision);
		if (errors.hasErrors()) {
			return page(model, story, StoryEditForm.of(story), null, decision.note(), errors);
		}
		return done(stories.sendBack(story.id(), decision.note()), "stories.staff.sentBack", story, redirect);
	}

	@PostMapping("/staff/stories/{id}/reject")
	String reject(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		var story = story(id);
		var decision = new DecisionForm(reason);
		var errors = checked(decision);
		if (errors.hasErrors()) {
			model.addAttribute("rejectError", true);
			return page(model, story, StoryEditForm.of(story), null, decision.note(), errors);
		}
		return done(stories.reject(story.id(), decision.note()), "stories.staff.rejected", story, redirect);
	}

	@PostMapping("/staff/stories/{id}/feature")
	String feature(@PathVariable String id, RedirectAttributes redirect) {
		var story = story(id);
		return done(stories.feature(story.id()), "stories.staff.featured", story, redirect);
	}

	@PostMapping("/staff/stories/{id}/unfeature")
	String unfeature(@PathVariable String id, RedirectAttributes redirect) {
		var story = story(id);
		stories.unfeature(story.id());
		return done(true, "stories.staff.unfeatured", story, redirect);
	}

	private static BindingResult checked(DecisionForm decision) {
		var errors = new BeanPropertyBindingResult(decision, "decision");
		if (decision.note().isEmpty()) {
			errors.rejectValue("note", "stories.staff.note.required");
		}
		else if (decision.note().length() > 1000) {
			errors.rejectValue("note", "stories.staff.note.size");
		}
		return errors;
	}

	private static String done(boolean changed, String notice, StoryView story, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", changed ? notice : "stories.staff.tooLate");
		return "redirect:/staff/stories/" + story.id();
	}

	private StoryView story(String id) {
		return StoryId.parse(id).flatMap(stories::find).orElseThrow(CommunityNames::notFound);
	}

	private String page(Model model, StoryView story, StoryEditForm form, BindingResult errors, String note,
			BindingResult decisionErrors) {
		model.addAttribute("story", story);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("note", note);
		model.addAttribute("decisionErrors", decisionErrors);
		model.addAttribute("author", accounts.find(story.author()).map(a -> a.displayName() + " <" + a.email() + ">")
			.orElse(""));
		model.addAttribute("community", communities.find(story.community()).map(c -> c.name()).orElse(""));
		model.addAttribute("themes", Theme.values());
		return "stories/staff-story";
	}
}
