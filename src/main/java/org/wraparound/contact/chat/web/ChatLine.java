package org.wraparound.contact.chat.web;

/**
 * One line of a chat as a reader sees it.
 *
 * @param kind {@code visitor}, {@code staff} or {@code note}, for its style
 * @param who who said it, or null for the chat's own notes
 * @param time when, in the office's time zone
 */
public record ChatLine(long id, String kind, String who, String text, String time) {
}
