package org.wraparound.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log back for staff: a page at a time, newest first, or every matching entry for an export. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private final AuditEntries entries;

	AuditTrail(AuditEntries entries) {
		this.entries = entries;
	}

	/** The newest entries that match. */
	public AuditPage newest(AuditFilter filter, int size) {
		return olderThan(filter, null, size);
	}

	/** The entries that match just before {@code position} ({@code null}: the newest), newest first. */
	public AuditPage olderThan(AuditFilter filter, AuditPage.Position position, int size) {
		List<AuditEntry> found = entries.before(filter, position, size + 1);
		List<AuditEntry> shown = found.subList(0, Math.min(size, found.size()));
		Optional<AuditPage.Position> older = found.size() > size
				? Optional.of(shown.get(shown.size() - 1).position()) : Optional.empty();
		Optional<AuditPage.Position> newer = position == null || shown.isEmpty() ? Optional.empty()
				: Optional.of(shown.get(0).position());
		return new AuditPage(List.copyOf(shown), older, newer);
	}

	/**
	 * The entries that match just after {@code position}, newest first. When they are the newest ones, this is the
	 * first page, full.
	 */
	public AuditPage newerThan(AuditFilter filter, AuditPage.Position position, int size) {
		List<AuditEntry> found = entries.after(filter, position, size + 1);
		if (found.size() <= size) {
			return newest(filter, size);
		}
		List<AuditEntry> shown = new ArrayList<>(found.subList(0, size));
		Collections.reverse(shown);
		return new AuditPage(List.copyOf(shown), Optional.of(shown.get(size - 1).position()),
				Optional.of(shown.get(0).position()));
	}

	/** Hands every matching entry, newest first and at most {@code limit}, to {@code each}. */
	public void export(AuditFilter filter, int limit, Consumer<AuditEntry> each) {
		entries.each(filter, limit, each);
	}
}
