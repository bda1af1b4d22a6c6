package org.wraparound.stories;

/** A photo we do not take; {@link #messageKey()} says why, in words for the person who sent it. */
public class PhotoRefused extends Exception {

	private final String messageKey;

	PhotoRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
