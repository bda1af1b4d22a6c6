package org.wraparound.contact.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the contact and call-back forms tell people from robots.
 *
 * @param minimumFillTime the fewest seconds a person takes to fill in a form; a quicker one is refused
 * @param formKey signs the time a form was shown; empty means a random key per node, made at start
 */
@ConfigurationProperties("wraparound.contact")
record ContactSettings(@DefaultValue("3s") Duration minimumFillTime, @DefaultValue("") String formKey) {
}
