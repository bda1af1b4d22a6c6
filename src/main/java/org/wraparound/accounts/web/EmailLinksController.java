package org.wraparound.accounts.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;

/**
 * The links that confirm an address, after sign-up or when it changes. Each opens a page with a button; only the
 * button (a POST) uses the link, so previews and scanners cannot.
 */
@Controller
class EmailLinksController {

	private final AccountManagement accounts;

	EmailLinksController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/verify-email")
	String openVerification(@RequestParam(required = false) String token, Model model) {
		return confirmPage(model, "verify-email", "/verify-email", token);
	}

	@PostMapping("/verify-email")
	String verify(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("message",
				accounts.verifyEmail(token) ? MessagePage.EMAIL_VERIFIED : MessagePage.LINK_USED_OR_EXPIRED);
		return "accounts/message";
	}

	@PostMapping("/profile/verify-email")
	String resend(Principal principal, RedirectAttributes redirect) {
		AccountId.parse(principal.getName()).ifPresent(accounts::resendVerification);
		redirect.addFlashAttribute("notice", "profile.verification.sent");
		return "redirect:/profile";
	}

	@GetMapping("/confirm-email")
	String openEmailChange(@RequestParam(required = false) String token, Model model) {
		if (!accounts.isEmailChangeLinkUsable(token)) {
			model.addAttribute("message", MessagePage.LINK_USED_OR_EXPIRED);
			return "accounts/message";
		}
		return confirmPage(model, "confirm-email", "/confirm-email", token);
	}

	@PostMapping("/confirm-email")
	String confirmEmailChange(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("message",
				accounts.confirmEmailChange(token) ? MessagePage.EMAIL_CHANGED : MessagePage.LINK_USED_OR_EXPIRED);
		return "accounts/message";
	}

	private static String confirmPage(Model model, String kind, String action, String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			model.addAttribute("message", MessagePage.LINK_USED_OR_EXPIRED);
			return "accounts/message";
		}
		model.addAttribute("kind", kind);
		model.addAttribute("action", action);
		model.addAttribute("token", token);
		return "accounts/confirm";
	}
}
