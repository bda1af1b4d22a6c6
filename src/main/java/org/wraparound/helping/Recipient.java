package org.wraparound.helping;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/** Someone an event asks to be told, with what it takes to write to them in their language. */
public record Recipient(AccountId account, String name, String email, Language language) {
}
