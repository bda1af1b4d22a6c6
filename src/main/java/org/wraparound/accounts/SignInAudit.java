package org.wraparound.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.wraparound.audit.Actor;
import org.wraparound.audit.AuditAction;
import org.wraparound.audit.AuditLog;
import org.wraparound.audit.RecordRef;

/**
 * Writes every sign-in, failed sign-in and sign-out to the audit log, whatever the way in (password, emailed link,
 * passkey). A failed password sign-in keeps the email that was typed; a failed link never keeps the token.
 */
@Component
class SignInAudit {

	private final AuditLog audit;

	SignInAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		String id = event.getAuthentication().getName();
		audit.record(Actor.account(id), AuditAction.SIGNED_IN, AccountRecords.of(id), way(event));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		var attempt = event.getAuthentication();
		String typed = attempt instanceof UsernamePasswordAuthenticationToken ? attempt.getName() : null;
		audit.record(Actor.anonymous(typed), AuditAction.SIGN_IN_FAILED, new RecordRef("accounts", "sign-in", null),
				attempt.getClass().getSimpleName().replace("AuthenticationToken", ""));
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		String id = event.getAuthentication().getName();
		audit.record(Actor.account(id), AuditAction.SIGNED_OUT, AccountRecords.of(id), null);
	}

	private static String way(AuthenticationSuccessEvent event) {
		return event.getAuthentication().getClass().getSimpleName().replace("AuthenticationToken", "")
			.replace("Authentication", "");
	}
}
