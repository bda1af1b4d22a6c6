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
import org.springframework.web.bind.annotation.RequestParam;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.AccountSummary;
import org.wraparound.contact.InquiryManagement;
import org.wraparound.contact.Topic;
import org.wraparound.platform.Language;
import org.wraparound.platform.RateLimiter;

/**
 * The contact form: anyone may write, signed in or not. Robots are kept out without outside services: a honeypot
 * field (they are thanked, and nothing is stored), a minimum fill time, and limits per address and per email. A
 * refused message says why, with everything typed still there.
 */
@Controller
class ContactController {

	static final String PER_IP = "contact-per-ip";
	static final String PER_EMAIL = "contact-per-email";

	private final InquiryManagement inquiries;
	private final AccountManagement accounts;
	private final FormStamps stamps;
	private final RateLimiter limiter;
	private final FormGuard guard;

	ContactController(InquiryManagement inquiries, AccountManagement accounts, FormStamps stamps,
			RateLimiter limiter, FormGuard guard) {
		this.inquiries = inquiries;
		this.accounts = accounts;
		this.stamps = stamps;
		this.limiter = limiter;
		this.guard = guard;
	}

	@GetMapping("/contact")
	String form(@RequestParam(required = false) String topic, @RequestParam(required = false) String from,
			Principal principal, Model model) {
		var me = SignedInPerson.of(principal, accounts);
		var form = ContactForm.empty(topic, from, me.map(AccountSummary::displayName).orElse(""),
				me.map(AccountSummary::email).orElse(""), stamps.now());
		return page(model, form, null, null);
	}

	@PostMapping("/contact")
	String send(@Valid @ModelAttribute("form") ContactForm form, BindingResult errors, Principal principal,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (form.isSpam()) {
			return "redirect:/contact/thanks";
		}
		if (errors.hasErrors()) {
			return page(model, form.stamped(stamps.keep(form.stamp())), errors, null);
		}
		var refusal = guard.refusal(form.stamp(),
				() -> RateLimiter.Decision.all(limiter.consume(PER_IP, request.getRemoteAddr()),
						limiter.consume(PER_EMAIL, form.email().toLowerCase(Locale.ROOT))),
				model, response);
		if (refusal.isPresent()) {
			return page(model, form.stamped(stamps.now()), null, refusal.get());
		}
		inquiries.receive(form.toCommand(Language.of(locale),
				SignedInPerson.of(principal, accounts).map(AccountSummary::id)));
		return "redirect:/contact/thanks";
	}

	@GetMapping("/contact/thanks")
	String thanks() {
		return "contact/thanks";
	}

	private String page(Model model, ContactForm form, BindingResult errors, String refusal) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("topics", Topic.values());
		return "contact/contact";
	}
}
