package org.wraparound.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;

/**
 * Reminds approved volunteers, once, that their check expires within {@value VolunteerScreening#EXPIRY_DAYS} days.
 * Each reminder is claimed with one conditional update, so two nodes never send the same one.
 */
@Service
public class ExpiringChecks {

	private final JdbcClient jdbc;
	private final AccountManagement accounts;
	private final CommunityManagement communities;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ExpiringChecks(JdbcClient jdbc, AccountManagement accounts, CommunityManagement communities,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.communities = communities;
		this.events = events;
		this.clock = clock;
	}

	/** Sends the reminders due now; how many were sent. */
	@Transactional
	public int remindDue() {
		LocalDate limit = LocalDate.now(clock).plusDays(VolunteerScreening.EXPIRY_DAYS);
		record Due(UUID id, UUID community, UUID account, LocalDate expires) {
		}
		List<Due> due = jdbc.sql("""
				select id, community_id, account_id, check_expires_on from volunteers_volunteer
				where status = ? and check_status = ? and check_expires_on <= ? and check_reminded_at is null""")
			.params(VolunteerStatus.APPROVED.name(), CheckStatus.CLEAR.name(), limit)
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class)))
			.list();
		int sent = 0;
		for (Due one : due) {
			boolean claimed = jdbc.sql(
					"update volunteers_volunteer set check_reminded_at = ? where id = ? and check_reminded_at is null")
				.params(Applications.utc(clock.instant()), one.id()).update() == 1;
			var account = accounts.find(new AccountId(one.account()));
			var community = communities.find(new CommunityId(one.community()));
			if (claimed && account.isPresent() && community.isPresent()) {
				events.publishEvent(new CheckExpiring(UUID.randomUUID(), community.get().id(), account.get().id(),
						account.get().email(), account.get().displayName(), account.get().language(),
						community.get().name(), one.expires(), clock.instant()));
				sent++;
			}
		}
		return sent;
	}
}
