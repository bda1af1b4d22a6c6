package org.wraparound.stories.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.Language;
import org.wraparound.stories.StoryId;
import org.wraparound.stories.StoryManagement;
import org.wraparound.stories.StoryStatus;
import org.wraparound.stories.StoryView;
import org.wraparound.stories.Theme;
import org.wraparound.stories.ConsentWay;

/**
 * A signed-in member or champion tells a story: the words, an optional photo, and who agreed to be in it. A story
 * staff sent back can be changed and sent again. Nothing typed is lost when something needs fixing.
 */
@Controller
class SubmitStoryController {

	private final StoryManagement stories;
	private final CommunityManagement communities;
	private final Clock clock;

	SubmitStoryController(StoryManagement stories, CommunityManagement communities, Clock clock) {
		this.stories = stories;
		this.communities = communities;
		this.clock = clock;
	}

	@GetMapping("/stories/new")
	String form(@RequestParam(required = false) String community, Locale locale, Model model) {
		return page(model, StoryForm.empty(Language.of(locale), community == null ? "" : community), null);
	}

	@PostMapping("/stories/new")
	String submit(@Valid @ModelAttribute("form") StoryForm form, BindingResult errors, Principal principal,
			Model model, RedirectAttributes redirect) {
		var photo = StoryPhotos.from(form, errors);
		form.validate(errors, form.hasUpload(), LocalDate.now(clock));
		knownCommunity(form, errors);
		if (errors.hasErrors()) {
			return invalid(model, form, errors, null);
		}
		stories.submit(form.toCommand(me(principal), photo));
		redirect.addFlashAttribute("notice", "stories.submit.done");
		return "redirect:/stories/mine";
	}

	@GetMapping("/stories/mine")
	String mine(Principal principal, Model model) {
		model.addAttribute("stories", stories.byAuthor(me(principal)));
		model.addAttribute("communityNames", CommunityNames.of(communities));
		return "stories/mine";
	}

	@GetMapping("/stories/{id}/revise")
	String reviseForm(@PathVariable String id, Principal principal, Model model) {
		var story = sentBack(id, principal);
		return page(model, StoryForm.of(story), story);
	}

	@PostMapping("/stories/{id}/revise")
	String revise(@PathVariable String id, @Valid @ModelAttribute("form") StoryForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		var story = sentBack(id, principal);
		var photo = StoryPhotos.from(form, errors);
		form.validate(errors, form.hasUpload() || story.photo().isPresent(), LocalDate.now(clock));
		knownCommunity(form, errors);
		if (errors.hasErrors()) {
			return invalid(model, form, errors, story);
		}
		stories.revise(story.id(), form.toCommand(me(principal), photo));
		redirect.addFlashAttribute("notice", "stories.revise.done");
		return "redirect:/stories/mine";
	}

	private StoryView sentBack(String id, Principal principal) {
		return StoryId.parse(id).flatMap(storyId -> stories.findOwn(storyId, me(principal)))
			.filter(story -> story.status() == StoryStatus.SENT_BACK).orElseThrow(CommunityNames::notFound);
	}

	private void knownCommunity(StoryForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("community") && form.communityId().flatMap(communities::find).isEmpty()) {
			errors.rejectValue("community", "stories.form.community.required");
		}
	}

	private String invalid(Model model, StoryForm form, BindingResult errors, StoryView story) {
		model.addAttribute("errors", errors);
		model.addAttribute("chooseAgain", form.hasUpload() && !errors.hasFieldErrors("photo"));
		return page(model, form, story);
	}

	private String page(Model model, StoryForm form, StoryView story) {
		model.addAttribute("form", form);
		model.addAttribute("story", story);
		model.addAttribute("communities", communities.all());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("ways", ConsentWay.values());
		return "stories/submit";
	}

	private static AccountId me(Principal principal) {
		return new AccountId(UUID.fromString(principal.getName()));
	}

	static Optional<AccountId> viewer(Principal principal) {
		if (principal == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new AccountId(UUID.fromString(principal.getName())));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
