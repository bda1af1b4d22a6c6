package org.wraparound.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wraparound.accounts.AccountManagement;

/** Staff see who has joined, newest first, with their roles. */
@Controller
class StaffAccountsController {

	static final int PAGE_SIZE = 200;

	private final AccountManagement accounts;

	StaffAccountsController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/staff/accounts")
	String accounts(Model model) {
		model.addAttribute("accounts", accounts.newest(PAGE_SIZE));
		return "accounts/staff-accounts";
	}
}
