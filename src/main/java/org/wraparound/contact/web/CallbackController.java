package org.wraparound.contact.web;

import java.security.Principal;
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
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.AccountSummary;
import org.wraparound.contact.BestTime;
import org.wraparound.contact.InquiryManagement;
import org.wraparound.contact.Topic;
import org.wraparound.platform.Language;
import org.wraparound.platform.RateLimiter;

/** "Call me back": a name, a number, a good time, a topic and a language, into the staff inbox. Same guards as the contact form. */
@Controller
class CallbackController {

	static final String PER_IP = "callback-per-ip";

	private final InquiryManagement inquiries;
	private final AccountManagement accounts;
	private final FormStamps stamps;
	private final RateLimiter limiter;
	private final FormGuard guard;

	CallbackController(InquiryManagement inquiries, AccountManagement accounts, FormStamps stamps,
			RateLimiter limiter, FormGuard guard) {
		this.inquiries = inquiries;
		this.accounts = accounts;
		this.stamps = stamps;
		this.limiter = limiter;
		this.guard = guard;
	}

	@GetMapping("/contact/callback")
	String form(Principal principal, Locale locale, Model model) {
		var name = SignedInPerson.of(principal, accounts).map(AccountSummary::displayName).orElse("");
		return page(model, CallbackForm.empty(name, Language.of(locale), stamps.now()), null, null);
	}

	@PostMapping("/contact/callback")
	String request(@Valid @ModelAttribute("form") CallbackForm form, BindingResult errors, Principal principal,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (form.isSpam()) {
			return "redirect:/contact/callback/thanks";
		}
		form.validate(errors);
		if (errors.hasErrors()) {
			return page(model, form.stamped(stamps.keep(form.stamp())), errors, null);
		}
		var refusal = guard.refusal(form.stamp(), () -> limiter.consume(PER_IP, request.getRemoteAddr()), model,
				response);
		if (refusal.isPresent()) {
			return page(model, form.stamped(stamps.now()), null, refusal.get());
		}
		inquiries.requestCallback(form.toCommand(Language.of(locale),
				SignedInPerson.of(principal, accounts).map(AccountSummary::id)));
		return "redirect:/contact/callback/thanks";
	}

	@GetMapping("/contact/callback/thanks")
	String thanks() {
		return "contact/callback-thanks";
	}

	private String page(Model model, CallbackForm form, BindingResult errors, String refusal) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("topics", Topic.values());
		model.addAttribute("times", BestTime.values());
		return "contact/callback";
	}
}
