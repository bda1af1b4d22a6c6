package org.wraparound.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Our own sign-in page. The form posts to Spring Security, which checks the password. */
@Controller
class SignInController {

	@GetMapping("/signin")
	String signIn(@RequestParam(required = false) String error, Model model) {
		model.addAttribute("failed", error != null);
		if (!model.containsAttribute("email")) {
			model.addAttribute("email", "");
		}
		return "accounts/signin";
	}
}
