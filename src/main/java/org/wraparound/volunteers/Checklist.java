package org.wraparound.volunteers;

import java.time.LocalDate;

/**
 * The screening steps a champion ticks for one volunteer. Of the police or vulnerable-sector check only its status,
 * the day it was done and the day it expires are kept: never the document or what it says.
 */
public record Checklist(LocalDate interviewOn, boolean reference1Checked, boolean reference2Checked,
		CheckStatus checkStatus, LocalDate checkOn, LocalDate checkExpiresOn, boolean confidentiality,
		boolean orientation) {

	public static final Checklist EMPTY = new Checklist(null, false, false, CheckStatus.NONE, null, null, false,
			false);

	/** True when every step is done and the check is clear and still valid on {@code today}. */
	public boolean complete(LocalDate today) {
		return interviewOn != null && reference1Checked && reference2Checked && checkValid(today) && confidentiality
				&& orientation;
	}

	/** True when the check is clear and expires after {@code today}. */
	public boolean checkValid(LocalDate today) {
		return checkStatus == CheckStatus.CLEAR && checkExpiresOn != null && checkExpiresOn.isAfter(today);
	}

	/** True when the check is clear and expires within {@code days} of {@code today} (or has just expired). */
	public boolean checkExpiring(LocalDate today, int days) {
		return checkStatus == CheckStatus.CLEAR && checkExpiresOn != null
				&& !checkExpiresOn.isAfter(today.plusDays(days));
	}
}
