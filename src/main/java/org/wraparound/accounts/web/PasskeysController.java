package org.wraparound.accounts.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.passkeys.Passkeys;

/**
 * Removing one of your own passkeys from the profile page. Adding one is done by the page's script with Spring
 * Security; a passkey that is not yours is answered as if it did not exist.
 */
@Controller
class PasskeysController {

	private final Passkeys passkeys;

	PasskeysController(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@PostMapping("/profile/passkeys/remove")
	String remove(Principal principal, @RequestParam(required = false) String id, RedirectAttributes redirect) {
		AccountId account = AccountId.parse(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!passkeys.remove(account, id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "passkeys.removed");
		return "redirect:/profile";
	}
}
