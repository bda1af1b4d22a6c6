package org.wraparound.accounts.web;

/** The short pages that say what just happened with an emailed link, and where to go next. */
public enum MessagePage {

	SIGN_IN_LINK_SENT("signin-link-sent", "/signin"), RESET_SENT("reset-sent", "/signin"),
	EMAIL_VERIFIED("email-verified", "/"), EMAIL_CHANGED("email-changed", "/profile"),
	LINK_USED_OR_EXPIRED("link-used-or-expired", "/signin");

	private final String key;
	private final String href;

	MessagePage(String key, String href) {
		this.key = key;
		this.href = href;
	}

	/** The middle part of its message keys: {@code message.<key>.title}, {@code .text}, {@code .action}. */
	public String key() {
		return key;
	}

	public String href() {
		return href;
	}
}
