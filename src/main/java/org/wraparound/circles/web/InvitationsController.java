package org.wraparound.circles.web;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleRole;
import org.wraparound.circles.CircleView;
import org.wraparound.circles.JoinResult;

/**
 * Inviting people into a circle by email, and accepting. The emailed link opens a page with a button; only the
 * button (a POST, by a signed-in person whose address is confirmed) uses the invitation.
 */
@Controller
class InvitationsController {

	private final CircleManagement circles;
	private final CircleAccess access;

	InvitationsController(CircleManagement circles, CircleAccess access) {
		this.circles = circles;
		this.access = access;
	}

	@GetMapping("/circles/{id}/invite")
	String form(@PathVariable String id, Principal principal, Model model) {
		model.addAttribute("circle", access.coordinated(id, principal));
		model.addAttribute("form", InviteForm.empty());
		return "circles/invite";
	}

	@PostMapping("/circles/{id}/invite")
	String invite(@PathVariable String id, Principal principal, @Valid @ModelAttribute("form") InviteForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CircleView circle = access.coordinated(id, principal);
		if (errors.hasErrors()) {
			model.addAttribute("circle", circle);
			model.addAttribute("errors", errors);
			return "circles/invite";
		}
		circles.invite(circle.id(), CirclesController.me(principal), form.email(), CircleRole.valueOf(form.role()));
		redirect.addFlashAttribute("notice", "circles.invite.sent");
		return "redirect:/circles/" + circle.id() + "#members";
	}

	@GetMapping("/circles/invitation")
	String open(@RequestParam(required = false) String token, Model model) {
		var preview = circles.invitation(token);
		if (preview.isEmpty()) {
			return "circles/invitation-gone";
		}
		model.addAttribute("invitation", preview.get());
		model.addAttribute("token", token);
		return "circles/invitation";
	}

	@PostMapping("/circles/invitation")
	String accept(@RequestParam(required = false) String token, Principal principal, Model model,
			RedirectAttributes redirect) {
		JoinResult result = circles.accept(token, CirclesController.me(principal));
		return switch (result.outcome()) {
			case JOINED -> {
				redirect.addFlashAttribute("notice", "circles.joined");
				yield "redirect:/circles/" + result.circle().orElseThrow();
			}
			case EMAIL_NOT_CONFIRMED -> {
				model.addAttribute("invitation", circles.invitation(token).orElseThrow());
				model.addAttribute("token", token);
				model.addAttribute("needsConfirmation", true);
				yield "circles/invitation";
			}
			case LINK_NOT_VALID -> "circles/invitation-gone";
		};
	}

}
