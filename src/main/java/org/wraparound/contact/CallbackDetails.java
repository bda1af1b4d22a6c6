package org.wraparound.contact;

import org.wraparound.platform.Language;

/** The number to call back, when, and in which language. */
public record CallbackDetails(String phone, BestTime bestTime, Language callLanguage) {
}
