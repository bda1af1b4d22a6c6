package org.wraparound.contact.chat.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.contact.chat.Chat;
import org.wraparound.contact.chat.LiveChat;
import org.wraparound.platform.DisplayNames;
import org.wraparound.platform.Language;
import org.wraparound.platform.RateLimiter;

/**
 * The visitor's side of the live chat, signed in or not, at {@code /chat}: when it is closed, when it opens next and
 * where to leave a message; otherwise a chat to start, carry on (the lines so far come from the database, new ones
 * arrive on an event stream), end, and have mailed. Works as a plain page without script.
 */
@Controller
class VisitorChatController {

	static final String OPEN_PER_IP = "chat-open-per-ip";
	static final String LINES_PER_CHAT = "chat-message-per-chat";

	private final LiveChat chat;
	private final VisitorPages pages;
	private final ChatEventStreams streams;
	private final RateLimiter limiter;
	private final DisplayNames names;

	VisitorChatController(LiveChat chat, VisitorPages pages, ChatEventStreams streams, RateLimiter limiter,
			DisplayNames names) {
		this.chat = chat;
		this.pages = pages;
		this.streams = streams;
		this.limiter = limiter;
		this.names = names;
	}

	@GetMapping("/chat")
	String show(@RequestParam(required = false) String from, HttpSession session, Principal principal, Locale locale,
			Model model) {
		Optional<Chat> current = VisitorChats.current(session, chat);
		if (current.isPresent()) {
			return pages.conversation(model, current.orElseThrow(), locale);
		}
		String name = principal == null ? "" : names.displayNameOf(principal.getName()).orElse("");
		return pages.start(model, OpenChatForm.empty(name, from), locale);
	}

	@PostMapping("/chat")
	String open(@Valid @ModelAttribute("form") OpenChatForm form, BindingResult errors, HttpSession session,
			Principal principal, Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (VisitorChats.current(session, chat).filter(Chat::isOpen).isPresent()) {
			return "redirect:/chat";
		}
		if (errors.hasErrors()) {
			model.addAttribute("errors", errors);
			return pages.start(model, form, locale);
		}
		if (!limiter.consume(OPEN_PER_IP, request.getRemoteAddr()).allowed()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("throttled", true);
			return pages.start(model, form, locale);
		}
		var opened = chat.open(form.toCommand(account(principal), Language.of(locale)));
		if (opened.isEmpty()) {
			return pages.start(model, form, locale);
		}
		VisitorChats.hold(session, opened.orElseThrow());
		return "redirect:/chat";
	}

	@PostMapping("/chat/messages")
	String send(@Valid @ModelAttribute("message") MessageForm form, BindingResult errors, HttpSession session,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Locale locale, Model model,
			RedirectAttributes redirect) {
		Optional<Chat> current = VisitorChats.current(session, chat);
		if (current.isEmpty()) {
			return "redirect:/chat";
		}
		var id = current.orElseThrow().id();
		if (htmx == null && !current.orElseThrow().isOpen()) {
			redirect.addFlashAttribute("notice", "chat.form.message.ended");
			return "redirect:/chat";
		}
		if (!errors.hasErrors() && !limiter.consume(LINES_PER_CHAT, id.toString()).allowed()) {
			errors.rejectValue("message", "chat.form.message.flood");
		}
		if (!errors.hasErrors() && !chat.sendAsVisitor(id, form.message())) {
			errors.rejectValue("message", "chat.form.message.ended");
		}
		if (htmx != null) {
			return pages.messageForm(model, "/chat/messages", errors.hasErrors() ? form : MessageForm.empty(), errors);
		}
		if (errors.hasErrors()) {
			model.addAttribute("messageErrors", errors);
			return pages.conversation(model, chat.find(id).orElseThrow(), locale, form);
		}
		return "redirect:/chat";
	}

	@PostMapping("/chat/end")
	String end(HttpSession session) {
		VisitorChats.current(session, chat).ifPresent(current -> chat.endByVisitor(current.id()));
		return "redirect:/chat";
	}

	@PostMapping("/chat/transcript")
	String transcript(@Valid @ModelAttribute("transcript") TranscriptForm form, BindingResult errors,
			HttpSession session, Locale locale, Model model, RedirectAttributes redirect) {
		Optional<Chat> current = VisitorChats.current(session, chat);
		if (current.isEmpty()) {
			return "redirect:/chat";
		}
		if (errors.hasErrors()) {
			model.addAttribute("transcriptErrors", errors);
			return pages.conversation(model, current.orElseThrow(), locale);
		}
		chat.requestTranscript(current.orElseThrow().id(), form.email());
		redirect.addFlashAttribute("notice", "chat.transcript.sent");
		return "redirect:/chat";
	}

	/** Leaves an ended chat behind, to start another. */
	@PostMapping("/chat/new")
	String startAgain(HttpSession session) {
		if (VisitorChats.current(session, chat).filter(Chat::isOpen).isEmpty()) {
			VisitorChats.forget(session);
		}
		return "redirect:/chat";
	}

	/** The chat's event stream, while it is open: nothing (204, which tells the browser to stop asking) otherwise. */
	@GetMapping(path = "/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<SseEmitter> stream(@RequestParam(defaultValue = "0") long after,
			@RequestHeader(value = "Last-Event-ID", required = false) String lastEventId, HttpServletRequest request,
			Locale locale) {
		Optional<Chat> current = VisitorChats.current(request.getSession(false), chat).filter(Chat::isOpen);
		if (current.isEmpty()) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.ok().header("Cache-Control", "no-store").header("X-Accel-Buffering", "no")
			.body(streams.visitor(current.orElseThrow().id(), locale, LastSeen.of(after, lastEventId)));
	}

	private static Optional<AccountId> account(Principal principal) {
		return principal == null ? Optional.empty() : AccountId.parse(principal.getName());
	}
}
