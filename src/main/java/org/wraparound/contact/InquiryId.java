package org.wraparound.contact;

import java.util.Optional;
import java.util.UUID;

/** The identity of an inquiry: a message or a call-back request in the staff inbox. */
public record InquiryId(UUID value) {

	public InquiryId {
		if (value == null) {
			throw new IllegalArgumentException("An inquiry id needs a value");
		}
	}

	/** The id written as text, or empty when the text is not an inquiry id. */
	public static Optional<InquiryId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(new InquiryId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
