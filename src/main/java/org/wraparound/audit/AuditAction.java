package org.wraparound.audit;

/** What someone did with a person's information, or with their own sign-in. */
public enum AuditAction {
	VIEWED, CREATED, CHANGED, DELETED, SIGNED_IN, SIGN_IN_FAILED, SIGNED_OUT, ROLE_CHANGED
}
