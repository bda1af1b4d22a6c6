package org.wraparound.communities.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.wraparound.communities.CommunityDescription;

/** What a community does, in plain text, in English and/or French. */
public record DescriptionForm(
		@Size(max = CommunityDescription.MAX_LENGTH, message = "{communities.text.size.2000}")
		@Pattern(regexp = LONG_TEXT, message = "{form.text.invalid}") String english,
		@Size(max = CommunityDescription.MAX_LENGTH, message = "{communities.text.size.2000}")
		@Pattern(regexp = LONG_TEXT, message = "{form.text.invalid}") String french) {

	/** Several lines: line breaks and tabs allowed, other control characters not. */
	static final String LONG_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	static DescriptionForm of(CommunityDescription description) {
		return new DescriptionForm(description.english(), description.french());
	}

	CommunityDescription toDescription() {
		return new CommunityDescription(english, french);
	}
}
