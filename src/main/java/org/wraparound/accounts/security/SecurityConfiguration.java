package org.wraparound.accounts.security;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;
import org.wraparound.accounts.AccountManagement;

/**
 * Who may open what, how people sign in and out, and the headers every response carries. Public pages are open
 * to all; staff pages need a staff or admin role; anything else needs a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	@Bean
	SecurityFilterChain web(HttpSecurity http, LocaleResolver localeResolver, AccountManagement accounts) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/", "/error", "/join", "/join/**", "/communities", "/communities/**", "/signin",
						"/signup", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/staff/**").hasAnyRole("STAFF", "ADMIN")
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/signin").usernameParameter("email").passwordParameter("password")
				.successHandler(new SignedIn(localeResolver, accounts)).failureUrl("/signin?error").permitAll())
			.logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/?signedout")
				.deleteCookies("JSESSIONID"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new Passwords();
	}
}
