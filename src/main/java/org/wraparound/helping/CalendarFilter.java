package org.wraparound.helping;

import java.util.Optional;

/** Which requests a calendar view shows: one kind of help or every kind, and all or only those still needing help. */
public record CalendarFilter(Optional<HelpKind> kind, boolean needsHelpOnly) {

	/** Every request. */
	public static final CalendarFilter ALL = new CalendarFilter(Optional.empty(), false);

	public CalendarFilter {
		kind = kind == null ? Optional.empty() : kind;
	}

	/** Whether a request of this kind, with this many helpers still needed, passes the filter. */
	public boolean shows(HelpKind requestKind, boolean open, int stillNeeded) {
		return kind.map(requestKind::equals).orElse(true) && (!needsHelpOnly || open && stillNeeded > 0);
	}
}
