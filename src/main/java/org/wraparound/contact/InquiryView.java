package org.wraparound.contact;

import java.time.Instant;
import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/** An inquiry as the staff inbox shows it; {@code callback} is present for call-back requests only. */
public record InquiryView(InquiryId id, InquiryKind kind, InquiryStatus status, InquirySource source, Topic topic,
		String name, Optional<String> email, Language language, Optional<AccountId> account,
		Optional<AccountId> assignee, Instant receivedAt, Optional<Instant> closedAt,
		Optional<CallbackDetails> callback) {

	public boolean open() {
		return status == InquiryStatus.OPEN;
	}

	/** Whether staff can answer it by email. */
	public boolean answerable() {
		return email.isPresent();
	}
}
