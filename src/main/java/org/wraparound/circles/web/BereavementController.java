package org.wraparound.circles.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.circles.BereavementFollowUp;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleView;

/**
 * Recording a death (with a step to confirm it), the check-ins with the bereaved that follow, and closing a circle
 * for another reason. Only a coordinator or a champion may; anyone else is answered 404.
 */
@Controller
class BereavementController {

	private final CircleManagement circles;
	private final BereavementFollowUp followUp;

	BereavementController(CircleManagement circles, BereavementFollowUp followUp) {
		this.circles = circles;
		this.followUp = followUp;
	}

	@GetMapping("/circles/{id}/death")
	String form(@PathVariable String id, Principal principal, Model model) {
		CircleView circle = followed(id, principal);
		return deathPage(circle, "", null, false, model);
	}

	@PostMapping("/circles/{id}/death")
	String record(@PathVariable String id, @RequestParam(required = false) String diedOn,
			@RequestParam(required = false) boolean confirmed, Principal principal, Model model,
			RedirectAttributes redirect) {
		CircleView circle = followed(id, principal);
		LocalDate date;
		try {
			date = diedOn == null || diedOn.isBlank() ? null : LocalDate.parse(diedOn.strip());
		}
		catch (DateTimeParseException e) {
			date = null;
		}
		if (date == null) {
			return deathPage(circle, diedOn, "circles.death.date.required", false, model);
		}
		if (date.isAfter(followUp.today(circle.id()))) {
			return deathPage(circle, diedOn, "circles.death.date.future", false, model);
		}
		if (!confirmed) {
			return deathPage(circle, date.toString(), null, true, model);
		}
		var outcome = followUp.recordDeath(circle.id(), CirclesController.me(principal), date);
		return switch (outcome) {
			case RECORDED -> {
				redirect.addFlashAttribute("notice", "circles.death.recorded");
				yield "redirect:/circles/" + circle.id() + "#follow-up";
			}
			case IN_FUTURE -> deathPage(circle, diedOn, "circles.death.date.future", false, model);
			case NOT_OPEN -> {
				redirect.addFlashAttribute("notice", "circles.death.already");
				yield "redirect:/circles/" + circle.id();
			}
			case NOT_ALLOWED -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	@PostMapping("/circles/{id}/check-ins/{checkIn}")
	String markDone(@PathVariable String id, @PathVariable UUID checkIn,
			@RequestParam(required = false) String note, Principal principal, RedirectAttributes redirect) {
		CircleView circle = followed(id, principal);
		boolean valid = note == null || note.length() <= 1000 && note.matches(ReferralForm.LINES);
		boolean done = valid && followUp.markDone(circle.id(), CirclesController.me(principal), checkIn, note);
		redirect.addFlashAttribute("notice", done ? "circles.check-in.done" : valid ? "circles.check-in.not-done"
				: "circles.check-in.note.invalid");
		return "redirect:/circles/" + circle.id() + "#follow-up";
	}

	@GetMapping("/circles/{id}/close")
	String closeForm(@PathVariable String id, Principal principal, Model model) {
		return closePage(followed(id, principal), "", null, model);
	}

	@PostMapping("/circles/{id}/close")
	String close(@PathVariable String id, @RequestParam(required = false) String reason, Principal principal,
			Model model, RedirectAttributes redirect) {
		CircleView circle = followed(id, principal);
		String problem = reason == null || reason.isBlank() ? "circles.close.reason.required"
				: reason.length() > 500 ? "circles.text.size.500"
						: !reason.matches(ReferralForm.LINES) ? "circles.refer.no-markup" : null;
		if (problem != null) {
			return closePage(circle, reason, problem, model);
		}
		boolean closed = followUp.close(circle.id(), CirclesController.me(principal), reason);
		redirect.addFlashAttribute("notice", closed ? "circles.closed" : "circles.close.already");
		return "redirect:/circles/" + circle.id();
	}

	private String deathPage(CircleView circle, String diedOn, String error, boolean confirming, Model model) {
		model.addAttribute("circle", circle);
		model.addAttribute("diedOn", diedOn == null ? "" : diedOn);
		model.addAttribute("error", error);
		model.addAttribute("confirming", confirming);
		model.addAttribute("today", followUp.today(circle.id()).toString());
		return "circles/death";
	}

	private String closePage(CircleView circle, String reason, String error, Model model) {
		model.addAttribute("circle", circle);
		model.addAttribute("reason", reason == null ? "" : reason);
		model.addAttribute("error", error);
		return "circles/close";
	}

	private CircleView followed(String id, Principal principal) {
		var me = CirclesController.me(principal);
		return CircleId.parse(id).filter(circle -> followUp.mayFollowUp(circle, me))
			.flatMap(circle -> circles.view(circle, me))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
