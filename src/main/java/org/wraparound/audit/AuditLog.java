package org.wraparound.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes who read or changed a person's information. Every module calls it wherever that happens. Each entry is
 * written at once on the audit's own connections ({@link AuditConnections}), outside the caller's transaction, so
 * that it is kept even when the caller's work is rolled back, and so that it can be written from a read-only
 * transaction. Over-long values are cut to size rather than refused.
 */
@Service
public class AuditLog {

	static final int MODULE_LENGTH = 40;
	static final int TYPE_LENGTH = 60;
	static final int RECORD_ID_LENGTH = 64;
	static final int IP_LENGTH = 45;
	static final int DETAIL_LENGTH = 500;

	private final AuditEntries entries;
	private final Clock clock;

	AuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Writes one entry at once, outside the caller's transaction (so it works inside read-only transactions and
	 * survives the caller's rollback). Time from the injected {@link Clock} (UTC). The IP address is taken from the current
	 * HTTP request when there is one, else {@code null}.
	 *
	 * @param actor who did it ({@code null} counts as anonymous)
	 * @param action what they did
	 * @param record what it was done to (may be {@code null}, as for a failed sign-in)
	 * @param detail short free text, may be {@code null}, kept to 500 characters
	 */
	public void record(Actor actor, AuditAction action, RecordRef record, String detail) {
		Objects.requireNonNull(action, "action");
		RecordRef ref = record == null ? new RecordRef(null, null, null) : record;
		entries.add(new AuditEntry(UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MICROS),
				actor == null ? Actor.anonymous(null) : actor, action,
				new RecordRef(Text.clean(ref.module(), MODULE_LENGTH), Text.clean(ref.type(), TYPE_LENGTH),
						Text.clean(ref.id(), RECORD_ID_LENGTH)),
				Text.clean(currentIp(), IP_LENGTH), Text.clean(detail, DETAIL_LENGTH)));
	}

	/**
	 * Same as {@link #record}, with the actor taken from the current Spring Security authentication: its name is the
	 * account id; no authentication or an anonymous one means {@code Actor.anonymous(null)}.
	 */
	public void recordForCurrentUser(AuditAction action, RecordRef record, String detail) {
		record(currentActor(), action, record, detail);
	}

	private static Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Actor.anonymous(null);
		}
		return Actor.account(authentication.getName());
	}

	private static String currentIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
