package org.wraparound.accounts.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.Profile;
import org.wraparound.accounts.passkeys.Passkeys;
import org.wraparound.platform.RateLimiter;

/** A person's own account: name, language, how to be reached, email address, passkeys, and leaving for good. */
@Controller
class ProfileController {

	private final AccountManagement accounts;
	private final RateLimiter limiter;
	private final LocaleResolver localeResolver;
	private final Passkeys passkeys;

	ProfileController(AccountManagement accounts, RateLimiter limiter, LocaleResolver localeResolver,
			Passkeys passkeys) {
		this.accounts = accounts;
		this.limiter = limiter;
		this.localeResolver = localeResolver;
		this.passkeys = passkeys;
	}

	/** The profile; {@code ?passkey=added} is where the passkey script comes back to after adding one. */
	@GetMapping("/profile")
	String profile(Principal principal, @RequestParam(required = false) String passkey, Model model) {
		Profile profile = profile(principal);
		model.addAttribute("profile", profile);
		model.addAttribute("form", ProfileForm.of(profile));
		model.addAttribute("passkeys", passkeys.of(profile.id()));
		if ("added".equals(passkey)) {
			model.addAttribute("notice", "passkeys.added.notice");
		}
		return "accounts/profile";
	}

	@PostMapping("/profile")
	String update(Principal principal, @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Profile profile = profile(principal);
		if (!errors.hasFieldErrors("phone") && form.phoneMissingForPhoneContact()) {
			errors.rejectValue("phone", "profile.phone.needed");
		}
		if (errors.hasErrors()) {
			model.addAttribute("profile", profile);
			model.addAttribute("passkeys", passkeys.of(profile.id()));
			model.addAttribute("errors", errors);
			return "accounts/profile";
		}
		var change = form.toCommand();
		accounts.updateProfile(profile.id(), change);
		localeResolver.setLocale(request, response, change.language().locale());
		redirect.addFlashAttribute("notice", "profile.saved");
		return "redirect:/profile";
	}

	@GetMapping("/profile/email")
	String emailForm(Principal principal, Model model) {
		model.addAttribute("profile", profile(principal));
		model.addAttribute("form", EmailForm.empty());
		return "accounts/change-email";
	}

	@PostMapping("/profile/email")
	String changeEmail(Principal principal, @Valid @ModelAttribute("form") EmailForm form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Profile profile = profile(principal);
		if (errors.hasErrors()) {
			model.addAttribute("profile", profile);
			model.addAttribute("errors", errors);
			return "accounts/change-email";
		}
		if (!Throttling.allow(limiter, form.email(), request, response)) {
			return "accounts/throttled";
		}
		accounts.requestEmailChange(profile.id(), form.email());
		redirect.addFlashAttribute("notice", "profile.email.sent");
		return "redirect:/profile";
	}

	@GetMapping("/profile/delete")
	String deleteForm(Principal principal, Model model) {
		model.addAttribute("profile", profile(principal));
		return "accounts/delete";
	}

	@PostMapping("/profile/delete")
	String delete(Principal principal, @RequestParam(required = false) String confirmEmail, Model model,
			HttpServletRequest request, RedirectAttributes redirect) throws jakarta.servlet.ServletException {
		Profile profile = profile(principal);
		if (confirmEmail == null || !confirmEmail.strip().equalsIgnoreCase(profile.email())) {
			model.addAttribute("profile", profile);
			model.addAttribute("confirmError", "profile.delete.mismatch");
			return "accounts/delete";
		}
		accounts.delete(profile.id());
		request.logout();
		redirect.addFlashAttribute("notice", "profile.deleted");
		return "redirect:/";
	}

	private Profile profile(Principal principal) {
		return AccountId.parse(principal.getName()).flatMap(accounts::profile)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
