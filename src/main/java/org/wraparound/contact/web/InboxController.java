package org.wraparound.contact.web;

import java.security.Principal;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.contact.InboxFilter;
import org.wraparound.contact.InquiryId;
import org.wraparound.contact.InquiryManagement;
import org.wraparound.contact.InquiryView;

/**
 * The staff inbox (staff and admins only, by the security rules on {@code /staff/**}): the list with its filters,
 * then one inquiry's thread, where staff reply by email, assign it, close it or open it again.
 */
@Controller
class InboxController {

	static final int MAX_REPLY = 5000;

	private final InquiryManagement inquiries;
	private final AccountManagement accounts;

	InboxController(InquiryManagement inquiries, AccountManagement accounts) {
		this.inquiries = inquiries;
		this.accounts = accounts;
	}

	@GetMapping("/staff/inbox")
	String inbox(@RequestParam(required = false) String show, Principal principal, Model model) {
		var filter = InboxFilter.of(show);
		var list = inquiries.inbox(filter, me(principal));
		model.addAttribute("filter", filter);
		model.addAttribute("inquiries", list);
		model.addAttribute("names", accounts.displayNames(list.stream().flatMap(i -> i.assignee().stream())
			.collect(Collectors.toSet())));
		return "contact/inbox";
	}

	@GetMapping("/staff/inbox/{id}")
	String show(@PathVariable String id, Model model) {
		var inquiry = InquiryId.parse(id).flatMap(inquiries::review).orElseThrow(InboxController::notFound);
		return page(model, inquiry, "", null);
	}

	@PostMapping("/staff/inbox/{id}/reply")
	String reply(@PathVariable String id, @RequestParam(required = false) String reply, Principal principal,
			Model model, RedirectAttributes redirect) {
		var inquiry = inquiry(id);
		String text = reply == null ? "" : reply.strip();
		if (text.isEmpty() || text.length() > MAX_REPLY) {
			return page(model, inquiry, text, text.isEmpty() ? "contact.inbox.reply.required" : "contact.inbox.reply.size");
		}
		return done(inquiries.reply(inquiry.id(), me(principal), text), "contact.inbox.replied", inquiry, redirect);
	}

	@PostMapping("/staff/inbox/{id}/assign")
	String assign(@PathVariable String id, @RequestParam(required = false) String assignee,
			RedirectAttributes redirect) {
		var inquiry = inquiry(id);
		Optional<AccountId> who = AccountId.parse(assignee);
		if (who.isEmpty() && assignee != null && !assignee.isBlank()) {
			throw notFound();
		}
		return done(inquiries.assign(inquiry.id(), who), "contact.inbox.assigned", inquiry, redirect);
	}

	@PostMapping("/staff/inbox/{id}/close")
	String close(@PathVariable String id, RedirectAttributes redirect) {
		var inquiry = inquiry(id);
		return done(inquiries.close(inquiry.id()), "contact.inbox.closed." + inquiry.kind().name(), inquiry, redirect);
	}

	@PostMapping("/staff/inbox/{id}/reopen")
	String reopen(@PathVariable String id, RedirectAttributes redirect) {
		var inquiry = inquiry(id);
		return done(inquiries.reopen(inquiry.id()), "contact.inbox.reopened", inquiry, redirect);
	}

	private static String done(boolean changed, String notice, InquiryView inquiry, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", changed ? notice : "contact.inbox.tooLate");
		return "redirect:/staff/inbox/" + inquiry.id();
	}

	private String page(Model model, InquiryView inquiry, String reply, String replyError) {
		var thread = inquiries.thread(inquiry.id());
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("thread", thread);
		model.addAttribute("staff", inquiries.staff());
		model.addAttribute("assigneeName", inquiry.assignee().flatMap(accounts::find).map(a -> a.displayName())
			.orElse(""));
		model.addAttribute("reply", reply);
		model.addAttribute("replyError", replyError);
		return "contact/inquiry";
	}

	private InquiryView inquiry(String id) {
		return InquiryId.parse(id).flatMap(inquiries::find).orElseThrow(InboxController::notFound);
	}

	private static AccountId me(Principal principal) {
		return AccountId.parse(principal.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
