package org.wraparound.accounts;

import org.wraparound.platform.Language;

/** What a person sees and edits about themselves. */
public record Profile(AccountId id, String displayName, String email, Language language, String phone,
		ContactPreference contactPreference, boolean emailVerified, boolean hasPassword) {
}
