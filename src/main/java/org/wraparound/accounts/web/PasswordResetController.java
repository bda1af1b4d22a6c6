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

/** A forgotten password: ask for a link, then choose a new password on the page it opens. */
@Controller
class PasswordResetController {

	private final AccountManagement accounts;
	private final RateLimiter limiter;

	PasswordResetController(AccountManagement accounts, RateLimiter limiter) {
		this.accounts = accounts;
		this.limiter = limiter;
	}

	@GetMapping("/reset-password")
	String form(Model model) {
		model.addAttribute("form", EmailForm.empty());
		return "accounts/reset-request";
	}

	@PostMapping("/reset-password")
	String request(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("errors", errors);
			return "accounts/reset-request";
		}
		if (!Throttling.allow(limiter, form.email(), request, response)) {
			return "accounts/throttled";
		}
		accounts.requestPasswordReset(form.email());
		redirect.addFlashAttribute("email", form.email());
		return "redirect:/reset-password/sent";
	}

	@GetMapping("/reset-password/sent")
	String sent(Model model) {
		model.addAttribute("message", MessagePage.RESET_SENT);
		return "accounts/message";
	}

	@GetMapping("/reset-password/new")
	String choose(@RequestParam(required = false) String token, Model model) {
		if (!accounts.isResetLinkUsable(token)) {
			model.addAttribute("message", MessagePage.LINK_USED_OR_EXPIRED);
			return "accounts/message";
		}
		model.addAttribute("form", new NewPasswordForm(token, ""));
		return "accounts/reset-choose";
	}

	@PostMapping("/reset-password/new")
	String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("errors", errors);
			model.addAttribute("form", new NewPasswordForm(form.token(), ""));
			return "accounts/reset-choose";
		}
		if (!accounts.resetPassword(form.token(), form.password())) {
			model.addAttribute("message", MessagePage.LINK_USED_OR_EXPIRED);
			return "accounts/message";
		}
		redirect.addFlashAttribute("notice", "reset.done");
		return "redirect:/signin";
	}
}
