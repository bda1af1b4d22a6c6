package org.wraparound.stories.web;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Language;
import org.wraparound.stories.StoryFilter;
import org.wraparound.stories.StoryId;
import org.wraparound.stories.StoryManagement;
import org.wraparound.stories.Theme;

/** The published stories, for anyone: a list that filters by theme, community and language, a page per story. */
@Controller
class StoriesController {

	private final StoryManagement stories;
	private final CommunityManagement communities;

	StoriesController(StoryManagement stories, CommunityManagement communities) {
		this.stories = stories;
		this.communities = communities;
	}

	@GetMapping("/stories")
	String list(@RequestParam(required = false) String theme, @RequestParam(required = false) String community,
			@RequestParam(required = false) String language, Model model) {
		Optional<CommunitySummary> chosen = community == null || community.isBlank() ? Optional.empty()
				: communities.findBySlug(community.strip());
		var filter = new StoryFilter(Theme.parse(theme), chosen.map(CommunitySummary::id), Language.parse(language)
			.filter(l -> l.code().equals(language)));
		model.addAttribute("stories", stories.published(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("communityList", communities.all());
		model.addAttribute("chosenCommunity", chosen.map(CommunitySummary::slug).orElse(""));
		model.addAttribute("communityNames", CommunityNames.of(communities));
		model.addAttribute("themes", Theme.values());
		return "stories/list";
	}

	@GetMapping("/stories/{id}")
	String show(@PathVariable String id, Model model) {
		var story = StoryId.parse(id).flatMap(stories::findPublished).orElseThrow(CommunityNames::notFound);
		model.addAttribute("story", story);
		model.addAttribute("community", communities.find(story.community()).orElseThrow(CommunityNames::notFound));
		return "stories/show";
	}

	/**
	 * A story's photo. A published story's photo never changes at this address (a new photo gets a new one), so
	 * browsers and caches keep it a year; one still in moderation is for its author and staff only, and not kept.
	 */
	@GetMapping("/stories/photos/{id}")
	ResponseEntity<byte[]> photo(@PathVariable String id, Principal principal, HttpServletRequest request) {
		UUID photoId;
		try {
			photoId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw CommunityNames.notFound();
		}
		boolean staff = request.isUserInRole("STAFF") || request.isUserInRole("ADMIN");
		var photo = stories.photo(photoId, SubmitStoryController.viewer(principal), staff)
			.orElseThrow(CommunityNames::notFound);
		CacheControl cache = stories.isPublic(photoId) ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
				: CacheControl.noStore();
		return ResponseEntity.ok().cacheControl(cache).contentType(MediaType.parseMediaType(photo.contentType()))
			.header("X-Content-Type-Options", "nosniff").body(photo.bytes());
	}
}
