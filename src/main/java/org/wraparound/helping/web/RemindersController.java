package org.wraparound.helping.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.helping.Reminders;

/** A helper chooses when their reminders come, or turns them off. */
@Controller
class RemindersController {

	private final Reminders reminders;

	RemindersController(Reminders reminders) {
		this.reminders = reminders;
	}

	@PostMapping("/helping/mine/reminders")
	String choose(@RequestParam(defaultValue = "") String hours, Principal principal, RedirectAttributes redirect) {
		boolean saved = hours.matches("\\d{1,3}") && reminders.choose(Me.of(principal), Integer.parseInt(hours));
		redirect.addFlashAttribute("notice", saved ? "helping.reminders.saved" : "helping.reminders.invalid");
		return "redirect:/helping/mine#reminders";
	}
}
