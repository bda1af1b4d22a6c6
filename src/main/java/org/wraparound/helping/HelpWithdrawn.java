package org.wraparound.helping;

import java.time.Instant;
import java.util.List;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/**
 * A helper can no longer come: their slot is free again. It carries who to tell (the circle's coordinators) and
 * what to tell them, so the mail can be written without asking back.
 */
public record HelpWithdrawn(CommunityId community, CircleId circle, RequestId request, HelpKind kind,
		SupportDomain domain, Instant startsAt, Instant endsAt, AccountId helper, String helperName,
		String personName, String reason, java.time.ZoneId zone, String link, List<Coordinator> coordinators,
		Instant at) {

	/** Someone to tell, in their language. */
	public record Coordinator(AccountId account, String name, String email, Language language) {
	}
}
