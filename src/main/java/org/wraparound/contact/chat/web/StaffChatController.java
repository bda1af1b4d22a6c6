package org.wraparound.contact.chat.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.contact.chat.Chat;
import org.wraparound.contact.chat.ChatId;
import org.wraparound.contact.chat.LiveChat;
import org.wraparound.platform.DisplayNames;

/**
 * The staff console at {@code /staff/chat} (staff and admins only, as every {@code /staff} page): the waiting
 * queue, the chats this staff member answers (several at once), each with the page its visitor came from; new lines
 * arrive on one event stream.
 */
@Controller
class StaffChatController {

	private final LiveChat chat;
	private final ChatLines lines;
	private final ChatEventStreams streams;
	private final DisplayNames names;
	private final NextOpening opening;
	private final FragmentPages fragments;

	StaffChatController(LiveChat chat, ChatLines lines, ChatEventStreams streams, DisplayNames names,
			NextOpening opening, FragmentPages fragments) {
		this.chat = chat;
		this.lines = lines;
		this.streams = streams;
		this.names = names;
		this.opening = opening;
		this.fragments = fragments;
	}

	@GetMapping("/staff/chat")
	String console(Principal principal, Locale locale, Model model) {
		long lastId = chat.lastMessageId();
		var reader = lines.reader(locale);
		List<StaffChat> mine = chat.answeredBy(me(principal)).stream()
			.map(current -> new StaffChat(current, reader.lines(chat.history(current.id())))).toList();
		model.addAttribute("waiting", chat.waiting());
		model.addAttribute("mine", mine);
		model.addAttribute("lastId", lastId);
		model.addAttribute("open", opening.open());
		model.addAttribute("hours", opening.hours(locale));
		model.addAttribute("message", MessageForm.empty());
		return "contact/chat/staff";
	}

	/** The queue alone, drawn again when the stream says it changed. */
	@GetMapping("/staff/chat/queue")
	String queue(Model model) {
		model.addAttribute("waiting", chat.waiting());
		return "contact/chat/queue";
	}

	@PostMapping("/staff/chat/{id}/claim")
	String claim(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		boolean claimed = ChatId.parse(id).map(chatId -> chat.claim(chatId, me(principal), myName(principal)))
			.orElse(false);
		redirect.addFlashAttribute("notice", claimed ? "chat.staff.claimed" : "chat.staff.taken");
		return "redirect:/staff/chat";
	}

	@PostMapping("/staff/chat/{id}/messages")
	String send(@PathVariable String id, @Valid @ModelAttribute("message") MessageForm form, BindingResult errors,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Principal principal, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		Optional<ChatId> chatId = ChatId.parse(id);
		Optional<Chat> sent = Optional.empty();
		if (!errors.hasErrors()) {
			sent = chatId.flatMap(known -> chat.sendAsStaff(known, me(principal), form.message()));
			if (sent.isEmpty()) {
				errors.rejectValue("message", "chat.form.message.ended");
			}
		}
		if (htmx != null) {
			// Only the form again, emptied: the line itself comes back on the console's stream. The form needs no
			// name of whoever is signed in, so the page is drawn without looking it up once more.
			sent.flatMap(Chat::staffName).ifPresent(name -> model.addAttribute("page", fragments.page(request, name)));
			model.addAttribute("fieldId", "message-" + id);
			return messageForm(model, id, errors.hasErrors() ? form : MessageForm.empty(), errors);
		}
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("notice", errors.getFieldError("message").getCode());
		}
		return "redirect:/staff/chat";
	}

	@PostMapping("/staff/chat/{id}/end")
	String end(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		ChatId.parse(id).ifPresent(chatId -> chat.endByStaff(chatId, me(principal), myName(principal)));
		redirect.addFlashAttribute("notice", "chat.staff.ended");
		return "redirect:/staff/chat";
	}

	@GetMapping(path = "/staff/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<SseEmitter> stream(@RequestParam(defaultValue = "0") long after,
			@RequestHeader(value = "Last-Event-ID", required = false) String lastEventId, Principal principal,
			Locale locale) {
		return ResponseEntity.ok().header("Cache-Control", "no-store").header("X-Accel-Buffering", "no")
			.body(streams.staff(me(principal), locale, LastSeen.of(after, lastEventId)));
	}

	private static String messageForm(Model model, String id, MessageForm form, BindingResult errors) {
		model.addAttribute("action", "/staff/chat/" + id + "/messages");
		model.addAttribute("message", form);
		model.addAttribute("messageErrors", errors.hasErrors() ? errors : null);
		return "contact/chat/message-form";
	}

	private String myName(Principal principal) {
		return names.displayNameOf(principal.getName()).orElse("");
	}

	private static AccountId me(Principal principal) {
		return AccountId.parse(principal.getName()).orElseThrow();
	}
}
