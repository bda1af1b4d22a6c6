package org.wraparound.audit.web;

import org.wraparound.audit.AuditEntry;

/**
 * One entry as the audit page shows it: who is a name when the account has one.
 *
 * @param entry the entry
 * @param who the person's display name, or the actor id when there is none ({@code null} for an anonymous actor)
 * @param whoHref a link that filters by this person
 * @param recordHref a link that filters by this record, or {@code null} when the entry names none
 */
public record AuditRow(AuditEntry entry, String who, String whoHref, String recordHref) {
}
