package org.wraparound.toolkit.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

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
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Language;
import org.wraparound.toolkit.PathProgress;
import org.wraparound.toolkit.StepProgress;
import org.wraparound.toolkit.Toolkit;

/**
 * A community's toolkit: the champion's dashboard, each step's guide and checklist, and ticking items (with htmx the
 * checklist is redrawn in place; without, the page comes back). Only the community's champions, and staff to look,
 * reach it; anyone else gets 404, as if it did not exist.
 */
@Controller
class ToolkitController {

	private final Toolkit toolkit;
	private final CommunityManagement communities;

	ToolkitController(Toolkit toolkit, CommunityManagement communities) {
		this.toolkit = toolkit;
		this.communities = communities;
	}

	@GetMapping("/toolkit")
	String index(HttpServletRequest request, Model model) {
		AccountId me = me(request);
		boolean staff = isStaff(request);
		model.addAttribute("communities", communities.all().stream()
			.filter(community -> staff || community.champions().contains(me)).toList());
		return "toolkit/index";
	}

	@GetMapping("/toolkit/{slug}")
	String dashboard(@PathVariable String slug, HttpServletRequest request, Locale locale, Model model) {
		CommunitySummary community = visible(slug, request);
		model.addAttribute("path", toolkit.progress(community, Language.of(locale)));
		model.addAttribute("champion", isChampion(community, request));
		return "toolkit/dashboard";
	}

	@GetMapping("/toolkit/{slug}/steps/{step}")
	String step(@PathVariable String slug, @PathVariable String step, HttpServletRequest request, Locale locale,
			Model model) {
		CommunitySummary community = visible(slug, request);
		PathProgress path = toolkit.progress(community, Language.of(locale));
		StepProgress found = path.step(step).orElseThrow(ToolkitController::notFound);
		model.addAttribute("path", path);
		model.addAttribute("step", found);
		model.addAttribute("guide", toolkit.guideHtml(step, Language.of(locale)).orElseThrow());
		model.addAttribute("champion", isChampion(community, request));
		return "toolkit/step";
	}

	@PostMapping("/toolkit/{slug}/steps/{step}/items/{item}")
	String tick(@PathVariable String slug, @PathVariable String step, @PathVariable String item,
			@RequestParam(defaultValue = "false") boolean done,
			@RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletRequest request,
			Locale locale, Model model, RedirectAttributes redirect) {
		CommunitySummary community = visible(slug, request);
		if (!isChampion(community, request)) {
			throw notFound();
		}
		toolkit.tick(community.id(), step, item, me(request), done).orElseThrow(ToolkitController::notFound);
		String notice = done ? "toolkit.ticked" : "toolkit.unticked";
		if (htmx != null) {
			PathProgress path = toolkit.progress(community, Language.of(locale));
			model.addAttribute("path", path);
			model.addAttribute("step", path.step(step).orElseThrow(ToolkitController::notFound));
			model.addAttribute("champion", true);
			model.addAttribute("notice", notice);
			return "toolkit/checklist";
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/toolkit/" + community.slug() + "/steps/" + step + "#checklist";
	}

	private CommunitySummary visible(String slug, HttpServletRequest request) {
		return communities.findBySlug(slug)
			.filter(community -> isChampion(community, request) || isStaff(request))
			.orElseThrow(ToolkitController::notFound);
	}

	private boolean isChampion(CommunitySummary community, HttpServletRequest request) {
		return communities.isChampion(me(request), community.id());
	}

	static boolean isStaff(HttpServletRequest request) {
		return request.isUserInRole("STAFF") || request.isUserInRole("ADMIN");
	}

	static AccountId me(HttpServletRequest request) {
		return AccountId.parse(request.getUserPrincipal().getName()).orElseThrow(ToolkitController::notFound);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
