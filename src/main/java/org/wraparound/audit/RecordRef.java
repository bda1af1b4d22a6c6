package org.wraparound.audit;

/**
 * The piece of information that was read or changed, named by the module that owns it, such as
 * {@code ("accounts", "account", "<uuid>")}. Values are kept to the column sizes when written.
 */
public record RecordRef(String module, String type, String id) {
}
