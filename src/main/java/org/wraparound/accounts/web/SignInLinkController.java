package org.wraparound.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.RateLimiter;

/**
 * Sign-in without a password: we email a link that works once, for a short time. The link opens a page with a
 * button that signs in, so a mail scanner that opens links cannot use it up. Whether or not the email has an
 * account, the answer is the same.
 */
@Controller
class SignInLinkController {

	private final AccountManagement accounts;
	private final RateLimiter limiter;

	SignInLinkController(AccountManagement accounts, RateLimiter limiter) {
		this.accounts = accounts;
		this.limiter = limiter;
	}

	@PostMapping("/signin/link")
	String request(@Valid @ModelAttribute("linkForm") EmailForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("linkErrors", errors);
			model.addAttribute("failed", false);
			model.addAttribute("email", "");
			return "accounts/signin";
		}
		if (!Throttling.allow(limiter, form.email(), request, response)) {
			return "accounts/throttled";
		}
		accounts.requestSignInLink(form.email());
		redirect.addFlashAttribute("email", form.email());
		return "redirect:/signin/link/sent";
	}

	@GetMapping("/signin/link/sent")
	String sent(Model model) {
		model.addAttribute("message", MessagePage.SIGN_IN_LINK_SENT);
		return "accounts/message";
	}

	@GetMapping("/signin/link")
	String open(@RequestParam(required = false) String token, Model model) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return "redirect:/signin";
		}
		model.addAttribute("kind", "signin-link");
		model.addAttribute("action", "/signin/link/use");
		model.addAttribute("token", token);
		return "accounts/confirm";
	}

	@GetMapping("/signin/link/expired")
	String expired(Model model) {
		model.addAttribute("linkForm", EmailForm.empty());
		return "accounts/link-expired";
	}
}
