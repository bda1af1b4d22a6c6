package org.wraparound.platform.web;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wraparound.platform.BaseUrl;
import org.wraparound.platform.ContactDetails;
import org.wraparound.platform.MapSettings;
import org.wraparound.platform.RateLimitSettings;
import org.wraparound.platform.RateLimiter;
import org.wraparound.platform.DisplayNames;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ContactDetails.class, BaseUrl.class, RateLimitSettings.class, MapSettings.class })
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

	/** Runs before the security filters, so that an oversized upload gets the 413 page rather than a 403. */
	@Bean
	FilterRegistrationBean<UploadLimit> uploadLimit(
			@Value("${spring.servlet.multipart.max-request-size:61MB}") DataSize maxRequestSize) {
		var registration = new FilterRegistrationBean<>(new UploadLimit(maxRequestSize.toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
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
