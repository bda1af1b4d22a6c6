package org.wraparound.circles.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleView;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.Language;

/**
 * A person's circles: open one, see it, record needs. A circle the viewer may not see is answered with 404, the
 * same as one that does not exist, so nobody can learn which circles exist by guessing addresses.
 */
@Controller
class CirclesController {

	private final CircleManagement circles;
	private final CircleAccess access;
	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final CirclePage circlePage;

	CirclesController(CircleManagement circles, CircleAccess access, CommunityManagement communities, AccountManagement accounts,
			CirclePage circlePage) {
		this.circlePage = circlePage;
		this.circles = circles;
		this.access = access;
		this.communities = communities;
		this.accounts = accounts;
	}

	@GetMapping("/circles")
	String list(Principal principal, Model model) {
		model.addAttribute("circles", circles.circlesOf(me(principal)));
		return "circles/list";
	}

	@GetMapping("/circles/new")
	String openForm(Principal principal, Locale locale, Model model) {
		return openPage(principal, OpenCircleForm.empty(Language.of(locale).code()), null, model);
	}

	@PostMapping("/circles/new")
	String open(Principal principal, @Valid @ModelAttribute("form") OpenCircleForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var community = errors.hasFieldErrors("community") ? null : communities.findBySlug(form.community()).orElse(null);
		if (community == null && !errors.hasFieldErrors("community")) {
			errors.rejectValue("community", "circles.open.community.required");
		}
		if (errors.hasErrors() || community == null) {
			return openPage(principal, form, errors, model);
		}
		return circles.open(form.toCommand(community.id(), me(principal))).map(id -> {
			redirect.addFlashAttribute("notice", "circles.opened");
			return "redirect:/circles/" + id;
		}).orElseGet(() -> openPage(principal, form, errors, model));
	}

	@GetMapping("/circles/{id}")
	String show(@PathVariable String id, Principal principal, Model model) {
		return circlePage.show(access.visible(id, principal), me(principal), 0, model);
	}

	@PostMapping("/circles/{id}/needs")
	String updateNeeds(@PathVariable String id, @RequestParam Map<String, String> parameters, Principal principal,
			Model model, RedirectAttributes redirect) {
		CircleView circle = access.visible(id, principal);
		if (!circle.canCoordinate()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		NeedsForm form = NeedsForm.of(parameters);
		if (form.hasErrors()) {
			model.addAttribute("needs", form.typed());
			model.addAttribute("needErrors", form.errors());
			return circlePage.show(circle, me(principal), 0, model);
		}
		circles.updateNeeds(circle.id(), me(principal), form.needs());
		redirect.addFlashAttribute("notice", "circles.needs.saved");
		return "redirect:/circles/" + circle.id() + "#needs";
	}

	@PostMapping("/circles/{id}/members/{member}/remove")
	String removeMember(@PathVariable String id, @PathVariable String member, Principal principal,
			RedirectAttributes redirect) {
		CircleView circle = access.visible(id, principal);
		boolean removed = AccountId.parse(member)
			.map(account -> circles.removeMember(circle.id(), me(principal), account)).orElse(false);
		redirect.addFlashAttribute("notice", removed ? "circles.member.removed" : "circles.member.kept");
		return "redirect:/circles/" + circle.id() + "#members";
	}

	@PostMapping("/circles/{id}/leave")
	String leave(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		CircleView circle = access.visible(id, principal);
		if (circles.leave(circle.id(), me(principal))) {
			redirect.addFlashAttribute("notice", "circles.left");
			return "redirect:/circles";
		}
		redirect.addFlashAttribute("notice", "circles.member.kept");
		return "redirect:/circles/" + circle.id();
	}

	private String openPage(Principal principal, OpenCircleForm form, BindingResult errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("communities", communities.all());
		model.addAttribute("verified", accounts.isVerified(me(principal)));
		return "circles/open";
	}


	static AccountId me(Principal principal) {
		return AccountId.parse(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
