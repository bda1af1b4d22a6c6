package org.wraparound.contact.chat.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.contact.chat.LiveChat;

/** Staff set when the live chat is staffed: the time zone, weekdays, times and holidays. */
@Controller
class OfficeHoursController {

	private final LiveChat chat;

	OfficeHoursController(LiveChat chat) {
		this.chat = chat;
	}

	@GetMapping("/staff/chat/hours")
	String form(Model model) {
		model.addAttribute("form", HoursForm.of(chat.schedule()));
		return "contact/chat/hours";
	}

	@PostMapping("/staff/chat/hours")
	String save(@ModelAttribute("form") HoursForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var schedule = form.toSchedule(errors);
		if (schedule.isEmpty()) {
			model.addAttribute("errors", errors);
			return "contact/chat/hours";
		}
		chat.changeSchedule(schedule.orElseThrow());
		redirect.addFlashAttribute("notice", "chat.hours.saved");
		return "redirect:/staff/chat";
	}
}
