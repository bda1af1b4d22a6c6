package org.wraparound.circles;

/** Who sends a referral: a health care professional, family, a friend, or the person themselves. */
public enum ReferrerRole {
	HEALTH_PROFESSIONAL, FAMILY, FRIEND, SELF
}
