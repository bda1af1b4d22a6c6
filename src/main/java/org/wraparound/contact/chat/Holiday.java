package org.wraparound.contact.chat;

import java.time.LocalDate;

/** A day the chat stays closed, with what it is (shown to staff). */
public record Holiday(LocalDate day, String name) {
}
