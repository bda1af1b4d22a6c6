package org.wraparound.accounts.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;

/**
 * After a successful sign-in the pages switch to the language the person chose for their account (written to the
 * language cookie), then they go on to where they were heading: by redirect after a form, or told in JSON after a
 * passkey, whose script then goes there.
 */
class SignedIn implements AuthenticationSuccessHandler {

	private final LocaleResolver localeResolver;
	private final AccountManagement accounts;
	private final AuthenticationSuccessHandler then;

	private SignedIn(LocaleResolver localeResolver, AccountManagement accounts, AuthenticationSuccessHandler then) {
		this.localeResolver = localeResolver;
		this.accounts = accounts;
		this.then = then;
	}

	/** For forms and links: redirects to where the person was heading, or home. */
	static SignedIn redirecting(LocaleResolver localeResolver, AccountManagement accounts) {
		var redirect = new SavedRequestAwareAuthenticationSuccessHandler();
		redirect.setDefaultTargetUrl("/");
		return new SignedIn(localeResolver, accounts, redirect);
	}

	/** For passkeys: answers {@code {"authenticated":true,"redirectUrl":…}} to the script. */
	static SignedIn answering(LocaleResolver localeResolver, AccountManagement accounts) {
		return new SignedIn(localeResolver, accounts, new HttpMessageConverterAuthenticationSuccessHandler());
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		AccountId.parse(authentication.getName()).flatMap(accounts::find)
				.ifPresent(account -> localeResolver.setLocale(request, response, account.language().locale()));
		then.onAuthenticationSuccess(request, response, authentication);
	}
}
