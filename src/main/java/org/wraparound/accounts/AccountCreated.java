package org.wraparound.accounts;

import java.time.Instant;

import org.wraparound.platform.Language;

/** Someone has a new account. */
public record AccountCreated(AccountId account, String displayName, Language language, Instant at) {
}
