package org.wraparound.communities.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.ChampionJoinResult;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.RateLimiter;

/**
 * Champions invite co-champions by email, see the invitations still open and withdraw them; the invited person
 * follows the emailed link and accepts with a button (a POST, signed in, address confirmed).
 */
@Controller
class ChampionInvitationsController {

	static final String PER_CHAMPION = "champion-invitation-per-account";

	private final CommunityManagement communities;
	private final AccountManagement accounts;
	private final ChampionAccess access;
	private final RateLimiter limiter;

	ChampionInvitationsController(CommunityManagement communities, AccountManagement accounts, ChampionAccess access,
			RateLimiter limiter) {
		this.communities = communities;
		this.accounts = accounts;
		this.access = access;
		this.limiter = limiter;
	}

	@GetMapping("/communities/{slug}/champions/invite")
	String form(@PathVariable String slug, Principal principal, Model model) {
		return page(access.championed(slug, principal), ChampionInviteForm.empty(), principal, model);
	}

	@PostMapping("/communities/{slug}/champions/invite")
	String invite(@PathVariable String slug, Principal principal, @Valid @ModelAttribute("form") ChampionInviteForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		AccountId me = ChampionAccess.me(principal);
		if (!errors.hasFieldErrors("email") && accounts.findByEmail(form.email())
			.filter(invited -> community.champions().contains(invited.id())).isPresent()) {
			errors.rejectValue("email", "communities.invite.already");
		}
		if (!errors.hasErrors()) {
			var decision = limiter.consume(PER_CHAMPION, me.toString());
			if (!decision.allowed()) {
				errors.reject("communities.invite.throttled");
				response.setStatus(429);
				response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("errors", errors);
			return page(community, form, principal, model);
		}
		communities.inviteChampion(community.id(), me, form.email(), form.note());
		redirect.addFlashAttribute("notice", "communities.invite.sent");
		return "redirect:/communities/" + community.slug() + "/champions/invite";
	}

	@PostMapping("/communities/{slug}/champions/invitations/{id}/withdraw")
	String withdraw(@PathVariable String slug, @PathVariable String id, Principal principal,
			RedirectAttributes redirect) {
		CommunitySummary community = access.championed(slug, principal);
		boolean withdrawn = id.length() == 36 && communities.withdrawInvitation(community.id(),
				ChampionAccess.me(principal), parse(id));
		redirect.addFlashAttribute("notice",
				withdrawn ? "communities.invite.withdrawn" : "communities.invite.not-withdrawn");
		return "redirect:/communities/" + community.slug() + "/champions/invite";
	}

	@GetMapping("/communities/invitation")
	String open(@RequestParam(required = false) String token, Model model) {
		var preview = communities.championInvitation(token);
		if (preview.isEmpty()) {
			return "communities/invitation-gone";
		}
		model.addAttribute("invitation", preview.get());
		model.addAttribute("token", token);
		return "communities/invitation";
	}

	@PostMapping("/communities/invitation")
	String accept(@RequestParam(required = false) String token, Principal principal, Model model,
			RedirectAttributes redirect) {
		ChampionJoinResult result = communities.acceptChampionInvitation(token, ChampionAccess.me(principal));
		return switch (result.outcome()) {
			case JOINED -> {
				redirect.addFlashAttribute("notice", "communities.invitation.joined");
				yield "redirect:/communities/" + result.communitySlug().orElseThrow();
			}
			case EMAIL_NOT_CONFIRMED -> {
				model.addAttribute("invitation", communities.championInvitation(token).orElseThrow());
				model.addAttribute("token", token);
				model.addAttribute("needsConfirmation", true);
				yield "communities/invitation";
			}
			case LINK_NOT_VALID -> "communities/invitation-gone";
		};
	}

	private String page(CommunitySummary community, ChampionInviteForm form, Principal principal, Model model) {
		model.addAttribute("community", community);
		model.addAttribute("form", form);
		model.addAttribute("invitations", communities.openInvitations(community.id(), ChampionAccess.me(principal)));
		return "communities/invite";
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			return new UUID(0, 0);
		}
	}
}
