package org.wraparound.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.Language;
import org.wraparound.platform.RateLimiter;

/**
 * Sign-up with a name, an email, a password and a language. An email that already has an account gets exactly the
 * same answer as a new one, so the page never tells anyone who is registered.
 */
@Controller
class SignUpController {

	static final String PER_IP = "sign-up-per-ip";

	private final AccountManagement accounts;
	private final RateLimiter limiter;

	SignUpController(AccountManagement accounts, RateLimiter limiter) {
		this.accounts = accounts;
		this.limiter = limiter;
	}

	@GetMapping("/signup")
	String form(Locale locale, Model model) {
		model.addAttribute("form", SignUpForm.empty(Language.of(locale)));
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("errors", errors);
			return "accounts/signup";
		}
		if (!Throttling.allowed(response, limiter.consume(PER_IP, request.getRemoteAddr()))) {
			return "accounts/throttled";
		}
		accounts.signUp(form.toCommand());
		redirect.addFlashAttribute("notice", "signup.done");
		redirect.addFlashAttribute("email", form.email());
		return "redirect:/signin";
	}
}
