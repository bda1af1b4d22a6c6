package org.wraparound.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/**
 * One person's application to volunteer with one community, as its owner and the community's champions see it.
 *
 * @param nextStep the index in {@link Step} of the first step not done yet; {@code Step.values().length} when
 * only the review is left
 * @param appliedAt when it was sent, {@code null} while a draft
 */
public record Application(UUID id, CommunityId community, AccountId account, VolunteerStatus status, int nextStep,
		Answers answers, Instant appliedAt, Checklist checklist, Instant decidedAt, String declineReason) {

	/** True when every step was done and only the review is left. */
	public boolean readyToSend() {
		return nextStep >= Step.values().length;
	}

	/** The first step not done yet, empty when only the review is left. */
	public java.util.Optional<Step> resumeAt() {
		return readyToSend() ? java.util.Optional.empty() : java.util.Optional.of(Step.values()[nextStep]);
	}

	/** True for an approved volunteer whose check expires within {@value VolunteerScreening#EXPIRY_DAYS} days. */
	public boolean checkExpiring(LocalDate today) {
		return status == VolunteerStatus.APPROVED && checklist.checkExpiring(today, VolunteerScreening.EXPIRY_DAYS);
	}
}
