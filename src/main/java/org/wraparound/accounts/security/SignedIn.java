package org.wraparound.accounts.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;

/**
 * After a successful sign-in the pages switch to the language the person chose for their account (written to the
 * language cookie), then they go on to where they were heading.
 */
class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver localeResolver;
	private final AccountManagement accounts;

	SignedIn(LocaleResolver localeResolver, AccountManagement accounts) {
		this.localeResolver = localeResolver;
		this.accounts = accounts;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		AccountId.parse(authentication.getName()).flatMap(accounts::find)
				.ifPresent(account -> localeResolver.setLocale(request, response, account.language().locale()));
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
