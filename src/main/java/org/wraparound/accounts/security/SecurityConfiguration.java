package org.wraparound.accounts.security;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.ott.RedirectOneTimeTokenGenerationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.util.Assert;
import org.springframework.web.servlet.LocaleResolver;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.BaseUrl;
import org.wraparound.platform.RateLimiter;

/**
 * Who may open what, how people sign in (password, emailed one-time link, passkey) and out, and the headers every response
 * carries. Public pages are open to all; staff pages need a staff or admin role; anything else needs a signed-in
 * person.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The policy, with images also allowed from the asset map's tile server when one is set. */
	static String contentSecurityPolicy(String tileUrl) {
		return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'",
				("img-src 'self' data: " + TileHost.of(tileUrl)).strip(), "font-src 'self'", "connect-src 'self'",
				"object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, LocaleResolver localeResolver, AccountManagement accounts,
			RateLimiter limiter, BaseUrl baseUrl, @Value("${wraparound.maps.tile-url:}") String tileUrl)
			throws Exception {
		var throttle = new SignInThrottle(limiter);
		var signedIn = SignedIn.redirecting(localeResolver, accounts);
		var signedInWithPasskey = SignedIn.answering(localeResolver, accounts);
		var passkeySignIns = new PasskeySignInOptions();
		http.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				// a community's triage queue is for its champions: signed in first, then checked by circles
				.requestMatchers("/communities/*/referrals", "/communities/*/referrals/**", "/communities/*/follow-up")
				.authenticated()
				// starting a community, accepting to co-champion one, and the pages its champions lead it from
				.requestMatchers("/communities/start", "/communities/invitation", "/communities/*/manage",
						"/communities/*/description", "/communities/*/neighbourhoods", "/communities/*/neighbourhoods/**",
						"/communities/*/champions/**")
				.authenticated()
				// a community's asset map is public; changing it, importing and exporting are for its champions
				.requestMatchers("/communities/*/directory/new", "/communities/*/directory/*/edit",
						"/communities/*/directory/import", "/communities/*/directory/export.csv",
						"/communities/*/directory/gaps/**")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/communities/*/directory", "/communities/*/directory/**")
				.authenticated()
				// telling a story, and one's own stories; reading them is public (below)
				.requestMatchers("/stories/new", "/stories/mine", "/stories/*/revise").authenticated()
				// a helper's calendar feed: calendar apps cannot sign in, the secret in the address stands for them
				.requestMatchers("/helping/calendar/*").permitAll()
				// the public referral form: no account needed
				.requestMatchers("/communities/*/refer", "/communities/*/refer/thanks").permitAll()
				// the contact and call-back forms: anyone may write or ask to be called, no account needed
				.requestMatchers("/contact", "/contact/thanks", "/contact/callback", "/contact/callback/thanks")
				.permitAll()
				// the live chat: open to every visitor, signed in or not (its staff console is under /staff)
				.requestMatchers("/chat", "/chat/**").permitAll()
				// a community's published survey: anyone with the link answers, no account needed
				.requestMatchers("/surveys/*", "/surveys/*/thanks").permitAll()
				// the home page's live figures (aggregates only), loaded into the public home page
				.requestMatchers("/impact/live").permitAll()
				// an evaluation check-in answered from its emailed single-use link, no account needed
				.requestMatchers("/impact/check-ins/*").permitAll()
				.requestMatchers("/", "/error", "/join", "/join/**", "/communities", "/communities/**", "/stories",
						"/stories/**", "/signin",
						"/signin/**", "/signup", "/verify-email", "/reset-password", "/reset-password/**",
						"/confirm-email", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/staff/**").hasAnyRole("STAFF", "ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/signin").usernameParameter("email").passwordParameter("password")
				.successHandler(signedIn).failureUrl("/signin?error").permitAll())
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new PasskeyRegistrationGuard(), AuthorizationFilter.class)
			// Links are requested through our own validating page (SignInLinkController), never the stock
			// generator: the resolver declines every request, so the generating filter always passes it on.
			.oneTimeTokenLogin(ott -> ott.tokenGeneratingUrl("/signin/link").generateRequestResolver(request -> null)
				.tokenGenerationSuccessHandler(new RedirectOneTimeTokenGenerationSuccessHandler("/signin/link/sent"))
				.showDefaultSubmitPage(false).loginPage("/signin").loginProcessingUrl("/signin/link/use")
				.authenticationSuccessHandler(signedIn)
				.authenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler("/signin/link/expired")))
			// Our own pages and script (passkeys.js) register passkeys: Spring's page needs inline script.
			.webAuthn(passkeys -> passkeys.rpName("Wraparound").rpId(baseUrl.host()).allowedOrigins(baseUrl.origin())
				.disableDefaultRegistrationPage(true).creationOptionsRepository(new PasskeyRegistrationOptions())
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationSuccessHandler(signedInWithPasskey);
						filter.setRequestOptionsRepository(passkeySignIns);
						return filter;
					}
				}))
			.logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/?signedout")
				.deleteCookies("JSESSIONID"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		var chain = http.build();
		// The filter that hands out sign-in options has no setting in the configurer, nor a post-processor: it is given
		// the same session-safe store as the filter that reads them back here.
		var optionsFilters = chain.getFilters().stream().filter(PublicKeyCredentialRequestOptionsFilter.class::isInstance)
			.map(PublicKeyCredentialRequestOptionsFilter.class::cast).toList();
		Assert.state(!optionsFilters.isEmpty(), "No filter hands out passkey sign-in options");
		optionsFilters.forEach(filter -> filter.setRequestOptionsRepository(passkeySignIns));
		return chain;
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${wraparound.accounts.password-strength:10}") int strength) {
		return new Passwords(strength);
	}

	/** Sign-in links live in the database, so they work across restarts and on every node. */
	@Bean
	OneTimeTokenService oneTimeTokenService(JdbcTemplate jdbc, Clock clock) {
		var service = new JdbcOneTimeTokenService(jdbc);
		service.setClock(clock);
		return service;
	}
}
