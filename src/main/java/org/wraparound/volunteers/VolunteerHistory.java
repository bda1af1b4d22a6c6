package org.wraparound.volunteers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/**
 * Every application sent, volunteer approved and hours entry approved, as the events announced them: for a module
 * that counts (impact) and must recount from the start. Read-only; nothing of the screening leaves through it.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerHistory {

	private final JdbcClient jdbc;

	VolunteerHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each application that was sent, when it was sent. */
	public List<VolunteerApplied> applied() {
		return jdbc.sql("select community_id, account_id, applied_at from volunteers_volunteer where applied_at is not null")
			.query((rs, row) -> new VolunteerApplied(new CommunityId(rs.getObject(1, UUID.class)),
					new AccountId(rs.getObject(2, UUID.class)), rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Each volunteer approved, when they were. */
	public List<VolunteerApproved> approved() {
		return jdbc.sql("select community_id, account_id, decided_at from volunteers_volunteer "
				+ "where status = 'APPROVED' and decided_at is not null")
			.query((rs, row) -> new VolunteerApproved(new CommunityId(rs.getObject(1, UUID.class)),
					new AccountId(rs.getObject(2, UUID.class)), rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Each approved hours entry. */
	public List<HoursLogged> approvedHours() {
		return jdbc.sql("""
				select v.community_id, v.account_id, h.minutes, h.worked_on, h.approved_at, h.id
				from volunteers_hours h join volunteers_volunteer v on v.id = h.volunteer_id
				where h.status = 'APPROVED'""")
			.query((rs, row) -> new HoursLogged(new CommunityId(rs.getObject(1, UUID.class)),
					new AccountId(rs.getObject(2, UUID.class)), rs.getInt(3), rs.getObject(4, java.time.LocalDate.class),
					rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, UUID.class)))
			.list();
	}
}
