package org.wraparound.platform.web;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wraparound.platform.BaseUrl;
import org.wraparound.platform.ContactDetails;
import org.wraparound.platform.RateLimitSettings;
import org.wraparound.platform.RateLimiter;
import org.wraparound.platform.DisplayNames;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ContactDetails.class, BaseUrl.class, RateLimitSettings.class })
class WebConfiguration implements WebMvcConfigurer {

	private final MessageSource messageSource;
	private final ObjectProvider<DisplayNames> displayNames;
	private final ContactDetails contact;

	WebConfiguration(MessageSource messageSource, ObjectProvider<DisplayNames> displayNames, ContactDetails contact) {
		this.messageSource = messageSource;
		this.displayNames = displayNames;
		this.contact = contact;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Bean
	RateLimiter rateLimiter(RateLimitSettings settings) {
		return new RateLimiter(settings);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleResolver resolver = localeResolver();
		registry.addInterceptor(new LanguageSwitch(resolver));
		registry.addInterceptor(new PageModel(messageSource, resolver, displayNames, contact));
	}
}
