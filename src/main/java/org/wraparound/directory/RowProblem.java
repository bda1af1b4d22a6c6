package org.wraparound.directory;

/**
 * Why one row of an imported file was refused.
 *
 * @param line the line of the file the row starts on; 0 for the file as a whole
 * @param field the field at fault (a name from {@link EntryInput#FIELDS}, or {@code lastChecked}), empty for the row
 * @param reason the message key that says what is wrong
 */
public record RowProblem(int line, String field, String reason) {
}
