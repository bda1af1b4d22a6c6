package org.wraparound.contact.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Reads the forms' settings ({@code wraparound.contact.minimum-fill-time}, {@code .form-key}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContactSettings.class)
class ContactWebConfiguration {
}
