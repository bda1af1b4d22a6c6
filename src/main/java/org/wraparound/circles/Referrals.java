package org.wraparound.circles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/** Referrals and what they say is needed. A referral is handled once, even by two champions at the same moment. */
@Component
class Referrals {

	private final JdbcClient jdbc;

	Referrals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReferralId add(Refer referral, Instant now) {
		var id = new ReferralId(UUID.randomUUID());
		jdbc.sql("""
				insert into circles_referral (id, community_id, status, referrer_name, referrer_role,
				  referrer_organization, referrer_email, referrer_phone, referrer_language, person_first_name,
				  person_languages, neighbourhood, caregiver_name, caregiver_email, consent_given_by, received_at)
				values (?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), referral.community().value(), referral.referrerName().strip(),
					referral.referrerRole().name(), blankToNull(referral.referrerOrganization()),
					referral.referrerEmail().strip(), blankToNull(referral.referrerPhone()),
					referral.referrerLanguage().code(), referral.personFirstName().strip(),
					String.join(",", referral.personLanguages()), blankToNull(referral.neighbourhood()),
					referral.caregiverName().strip(), referral.caregiverEmail().strip(),
					referral.consentGivenBy().name(), Timestamp.from(now))
			.update();
		referral.needs().forEach((domain, notes) -> jdbc
			.sql("insert into circles_referral_need (referral_id, domain, notes) values (?, ?, ?)")
			.params(id.value(), domain.name(), blankToNull(notes)).update());
		return id;
	}

	Optional<Referral> find(ReferralId id) {
		return jdbc.sql("select * from circles_referral where id = ?").param(id.value()).query(this::referral)
			.optional();
	}

	/** The referrer's language, for mails to them. */
	Language languageOf(ReferralId id) {
		return jdbc.sql("select referrer_language from circles_referral where id = ?").param(id.value())
			.query(String.class).optional().flatMap(Language::parse).orElse(Language.EN);
	}

	/** A community's referrals waiting for a decision, oldest first. */
	List<Referral> pending(CommunityId community) {
		return jdbc.sql("""
				select * from circles_referral where community_id = ? and status = 'PENDING'
				order by received_at, id""").param(community.value()).query(this::referral).list();
	}

	long count(CommunityId community) {
		return jdbc.sql("select count(*) from circles_referral where community_id = ?").param(community.value())
			.query(Long.class).single();
	}

	/** Marks a pending referral handled; false when it was handled already. */
	boolean handle(ReferralId id, ReferralStatus status, AccountId by, String declineReason, Instant now) {
		return jdbc.sql("""
				update circles_referral set status = ?, handled_by = ?, handled_at = ?, decline_reason = ?
				where id = ? and status = 'PENDING'""")
			.params(status.name(), by.value(), Timestamp.from(now), blankToNull(declineReason), id.value())
			.update() == 1;
	}

	void linkCircle(ReferralId id, CircleId circle) {
		jdbc.sql("update circles_referral set circle_id = ? where id = ?").params(circle.value(), id.value()).update();
	}

	private Referral referral(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID circle = rs.getObject("circle_id", UUID.class);
		return new Referral(new ReferralId(id), new CommunityId(rs.getObject("community_id", UUID.class)),
				ReferralStatus.valueOf(rs.getString("status")), rs.getString("referrer_name"),
				ReferrerRole.valueOf(rs.getString("referrer_role")), rs.getString("referrer_organization"),
				rs.getString("referrer_email"), rs.getString("referrer_phone"), rs.getString("person_first_name"),
				Arrays.asList(rs.getString("person_languages").split(",")), rs.getString("neighbourhood"),
				rs.getString("caregiver_name"), rs.getString("caregiver_email"), needs(id),
				ConsentGiver.valueOf(rs.getString("consent_given_by")),
				rs.getTimestamp("received_at").toInstant(),
				Optional.ofNullable(circle).map(CircleId::new), rs.getString("decline_reason"));
	}

	private Map<SupportDomain, String> needs(UUID referral) {
		Map<SupportDomain, String> needs = new EnumMap<>(SupportDomain.class);
		jdbc.sql("select domain, notes from circles_referral_need where referral_id = ?").param(referral)
			.query((rs, n) -> needs.put(SupportDomain.valueOf(rs.getString("domain")),
					rs.getString("notes") == null ? "" : rs.getString("notes")))
			.list();
		return needs;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
