package org.wraparound.contact;

/** How someone reached out: a written message, or a request to be called back. */
public enum InquiryKind {
	EMAIL, CALLBACK;

	public String messageKey() {
		return "contact.kind." + name();
	}
}
