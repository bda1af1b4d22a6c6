package org.wraparound.contact;

/** Whether an inquiry still needs the team (open) or is dealt with (closed; a call-back made). */
public enum InquiryStatus {
	OPEN, CLOSED
}
