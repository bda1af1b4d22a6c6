package org.wraparound.circles.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleSettings;
import org.wraparound.circles.CircleUpdates;
import org.wraparound.circles.CircleView;
import org.wraparound.circles.PlainText;
import org.wraparound.circles.UpdateFeed;

/**
 * A circle's updates feed. htmx requests get the feed alone ({@code circles/updates}), others the whole circle page,
 * so that every link and form works without JavaScript too. Anyone not in the circle gets 404.
 */
@Controller
class UpdatesController {

	private final CircleAccess access;
	private final CircleUpdates updates;
	private final CirclePage circlePage;
	private final CircleSettings settings;

	UpdatesController(CircleAccess access, CircleUpdates updates, CirclePage circlePage,
			CircleSettings settings) {
		this.access = access;
		this.updates = updates;
		this.circlePage = circlePage;
		this.settings = settings;
	}

	@GetMapping("/circles/{id}/updates")
	String feed(@PathVariable String id, @RequestParam(defaultValue = "0") String page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal, Model model,
			HttpServletResponse response) {
		int number = page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0;
		response.addHeader("Vary", "HX-Request");
		if (htmx != null) {
			return fragment(feedOf(id, principal, number), model);
		}
		CircleView circle = access.member(id, principal);
		return circlePage.show(circle, CirclesController.me(principal), number, model);
	}

	@PostMapping("/circles/{id}/updates")
	String post(@PathVariable String id, @RequestParam(defaultValue = "") String text,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal, Model model,
			RedirectAttributes redirect) {
		UpdateFeed feed = feedOf(id, principal, 0);
		if (!feed.canPost()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var problem = PlainText.problem(text, CircleUpdates.MAX_UPDATE);
		if (problem.isEmpty() && updates.post(feed.circle(), CirclesController.me(principal), text).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (problem.isPresent()) {
			model.addAttribute("postText", PlainText.retyped(text));
			model.addAttribute("postError", problem.get());
		}
		return answer(id, principal, htmx, problem.isPresent(), "circles.updates.posted", model, redirect);
	}

	@PostMapping("/circles/{id}/updates/{update}/comments")
	String comment(@PathVariable String id, @PathVariable String update, @RequestParam(defaultValue = "") String text,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal, Model model,
			RedirectAttributes redirect) {
		UpdateFeed feed = feedOf(id, principal, 0);
		UUID updateId = parse(update);
		var problem = PlainText.problem(text, CircleUpdates.MAX_COMMENT);
		if (problem.isEmpty() && !updates.comment(feed.circle(), updateId, CirclesController.me(principal), text)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (problem.isPresent()) {
			model.addAttribute("commentOn", updateId);
			model.addAttribute("commentText", PlainText.retyped(text));
			model.addAttribute("commentError", problem.get());
		}
		return answer(id, principal, htmx, problem.isPresent(), "circles.comments.posted", model, redirect);
	}

	@PostMapping("/circles/{id}/digest")
	String digest(@PathVariable String id, @RequestParam(defaultValue = "false") boolean wanted, Principal principal,
			RedirectAttributes redirect) {
		CircleId circle = CircleId.parse(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!updates.chooseDigest(circle, CirclesController.me(principal), wanted)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", wanted ? "circles.digest.on" : "circles.digest.off");
		return "redirect:/circles/" + circle + "#updates";
	}

	/** After a post: the feed again for htmx (with a message, or the field's problem), else a redirect or the page. */
	private String answer(String id, Principal principal, String htmx, boolean failed, String notice, Model model,
			RedirectAttributes redirect) {
		if (htmx != null) {
			if (!failed) {
				model.addAttribute("feedNotice", notice);
			}
			return fragment(feedOf(id, principal, 0), model);
		}
		if (failed) {
			return circlePage.show(access.member(id, principal), CirclesController.me(principal), 0, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/circles/" + id + "#updates";
	}

	private String fragment(UpdateFeed feed, Model model) {
		model.addAttribute("feed", feed);
		model.addAttribute("zone", settings.timeZone());
		return "circles/updates";
	}

	private UpdateFeed feedOf(String id, Principal principal, int page) {
		AccountId me = CirclesController.me(principal);
		return CircleId.parse(id).flatMap(circle -> updates.feed(circle, me, page))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}


	private static UUID parse(String id) {
		try {
			if (id.length() == 36) {
				return UUID.fromString(id);
			}
		}
		catch (IllegalArgumentException notAnId) {
			// answered below, like any other id that is not one of the circle's
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
