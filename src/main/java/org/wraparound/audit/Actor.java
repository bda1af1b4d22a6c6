package org.wraparound.audit;

/**
 * Who did it.
 *
 * @param id an account id (UUID text) or {@value #ANONYMOUS}
 * @param label optional text seen at the time, such as the email typed at a failed sign-in; may be {@code null},
 * kept to {@value #LABEL_LENGTH} characters
 */
public record Actor(String id, String label) {

	public static final String ANONYMOUS = "anonymous";

	static final int ID_LENGTH = 64;
	static final int LABEL_LENGTH = 254;

	public Actor {
		id = Text.clean(id, ID_LENGTH);
		id = id == null || id.isBlank() ? ANONYMOUS : id;
		label = Text.clean(label, LABEL_LENGTH);
	}

	/** Someone not signed in, with what they typed when there is something worth keeping (or {@code null}). */
	public static Actor anonymous(String label) {
		return new Actor(ANONYMOUS, label);
	}

	/** A signed-in person, by account id. */
	public static Actor account(String accountId) {
		return new Actor(accountId, null);
	}

	public boolean isAnonymous() {
		return ANONYMOUS.equals(id);
	}
}
