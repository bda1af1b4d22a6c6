package org.wraparound.communities.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.Language;

/**
 * "Start a Compassionate Community": a signed-in person whose address is confirmed names it, says where it works,
 * and becomes its first champion.
 */
@Controller
class StartCommunityController {

	private final CommunityManagement communities;
	private final AccountManagement accounts;

	StartCommunityController(CommunityManagement communities, AccountManagement accounts) {
		this.communities = communities;
		this.accounts = accounts;
	}

	@GetMapping("/communities/start")
	String form(Principal principal, Locale locale, Model model) {
		return page(model, StartCommunityForm.empty(Language.of(locale)), ChampionAccess.me(principal));
	}

	@PostMapping("/communities/start")
	String start(@Valid @ModelAttribute("form") StartCommunityForm form, BindingResult errors, Principal principal,
			Model model, RedirectAttributes redirect) {
		AccountId me = ChampionAccess.me(principal);
		form.validate(errors);
		if (errors.hasErrors() || !accounts.isVerified(me)) {
			model.addAttribute("errors", errors);
			return page(model, form, me);
		}
		var community = communities.start(form.toCommand(me));
		redirect.addFlashAttribute("notice", "communities.start.done");
		return "redirect:/communities/" + community.slug();
	}

	private String page(Model model, StartCommunityForm form, AccountId me) {
		model.addAttribute("form", form);
		model.addAttribute("zones", TimeZones.ALL);
		model.addAttribute("verified", accounts.isVerified(me));
		return "communities/start";
	}
}
