package org.wraparound.contact;

import java.time.Instant;
import java.util.Optional;

import org.wraparound.accounts.AccountId;

/** One message in an inquiry's thread: the person's own (no staff member), or a staff reply that was mailed. */
public record ThreadMessage(String body, Optional<AccountId> staff, String staffName, Instant writtenAt) {

	public boolean fromStaff() {
		return staff.isPresent();
	}
}
