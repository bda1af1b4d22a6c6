package org.wraparound.accounts;

import java.time.Instant;

/** Someone deleted their account. Modules that hold anything about them remove or anonymize it. */
public record AccountDeleted(AccountId account, Instant at) {
}
