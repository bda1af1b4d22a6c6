package org.wraparound.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wraparound.notifications.Outbox;

/** The dev outbox: staff read the mails Wraparound wrote, newest first, with their links. */
@Controller
class OutboxController {

	static final int PAGE_SIZE = 100;

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/staff/outbox")
	String outbox(Model model) {
		model.addAttribute("mails", outbox.newest(PAGE_SIZE).stream().map(OutboxEntry::of).toList());
		return "notifications/outbox";
	}
}
