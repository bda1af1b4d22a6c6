package org.wraparound.accounts.web;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.Role;

/**
 * Staff see who has joined, newest first, and grant or remove the staff and admin roles. Only an administrator may
 * change the admin role, and nobody can remove their own staff or admin role (so nobody locks themselves out).
 */
@Controller
class StaffAccountsController {

	static final int PAGE_SIZE = 200;

	private final AccountManagement accounts;

	StaffAccountsController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/staff/accounts")
	String accounts(Principal principal, Model model) {
		model.addAttribute("accounts", accounts.newest(PAGE_SIZE));
		model.addAttribute("me", principal.getName());
		return "accounts/staff-accounts";
	}

	@PostMapping("/staff/accounts/{id}/roles")
	String changeRole(@PathVariable String id, @RequestParam(required = false) String role,
			@RequestParam(required = false) String change, Authentication staff, RedirectAttributes redirect) {
		var account = AccountId.parse(id);
		Role chosen = "STAFF".equals(role) ? Role.STAFF : "ADMIN".equals(role) ? Role.ADMIN : null;
		boolean grant = "grant".equals(change);
		if (account.isEmpty() || chosen == null || !(grant || "remove".equals(change))) {
			redirect.addFlashAttribute("notice", "staff.roles.invalid");
			return "redirect:/staff/accounts";
		}
		boolean admin = staff.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
		if (chosen == Role.ADMIN && !admin) {
			redirect.addFlashAttribute("notice", "staff.roles.admin-only");
			return "redirect:/staff/accounts";
		}
		if (!grant && account.get().toString().equals(staff.getName())) {
			redirect.addFlashAttribute("notice", "staff.roles.not-yourself");
			return "redirect:/staff/accounts";
		}
		boolean changed = grant ? accounts.grant(account.get(), chosen) : accounts.revoke(account.get(), chosen);
		redirect.addFlashAttribute("notice", changed ? "staff.roles.changed" : "staff.roles.unchanged");
		return "redirect:/staff/accounts";
	}
}
