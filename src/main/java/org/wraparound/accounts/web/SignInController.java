package org.wraparound.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Our own sign-in page. The form posts to Spring Security, which checks the password; the passkey button's script
 * talks to Spring Security too, and comes back here with {@code ?passkey=failed} when the passkey is refused.
 */
@Controller
class SignInController {

	@GetMapping("/signin")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String passkey,
			Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("passkeyFailed", passkey != null);
		if (!model.containsAttribute("email")) {
			model.addAttribute("email", "");
		}
		return "accounts/signin";
	}
}
