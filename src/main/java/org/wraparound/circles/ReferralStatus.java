package org.wraparound.circles;

/** Where a referral is in the triage queue. It is handled once: accepted or declined. */
public enum ReferralStatus {
	PENDING, ACCEPTED, DECLINED
}
