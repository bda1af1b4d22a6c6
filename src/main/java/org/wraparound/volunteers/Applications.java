package org.wraparound.volunteers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;

/** Applications to volunteer, their dates away and their screening checklists. */
@Repository
class Applications {

	private static final String COLUMNS = """
			id, community_id, account_id, status, next_step, motivation, kinds, domains, skills, languages,
			interests, neighbourhood_id, latitude, longitude, travel_km, licence, vehicle, seats, wheelchair_vehicle,
			availability, weekly_limit, reference1_name, reference1_contact, reference2_name, reference2_contact,
			applied_at, interview_on, reference1_checked, reference2_checked, check_status, check_on,
			check_expires_on, confidentiality, orientation, decided_at, decline_reason""";

	private final JdbcClient jdbc;

	Applications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts a draft unless this person already has an application to this community; true when started. */
	boolean startDraft(UUID id, CommunityId community, AccountId account, Instant at) {
		return jdbc.sql("""
				insert into volunteers_volunteer (id, community_id, account_id, status, next_step, updated_at)
				select ?, ?, ?, ?, 0, ?
				where not exists (select 1 from volunteers_volunteer where community_id = ? and account_id = ?)""")
			.params(id, community.value(), account.value(), VolunteerStatus.DRAFT.name(), utc(at), community.value(),
					account.value())
			.update() == 1;
	}

	Optional<Application> find(CommunityId community, AccountId account) {
		return one("community_id = ? and account_id = ?", community.value(), account.value());
	}

	Optional<Application> find(UUID id) {
		return one("id = ?", id);
	}

	List<Application> ofAccount(AccountId account) {
		return many("account_id = ? order by updated_at desc, id", account.value());
	}

	/** A community's applications that were sent, oldest first (drafts stay private to their writer). */
	List<Application> sentTo(CommunityId community) {
		return many("community_id = ? and status <> ? order by applied_at, id", community.value(),
				VolunteerStatus.DRAFT.name());
	}

	/**
	 * A number that changes whenever an approved volunteer of the community is added, removed or changed: their
	 * count and latest change, answered from the (community, status) index.
	 */
	long approvedVersion(CommunityId community) {
		return jdbc.sql("select count(*), max(updated_at) from volunteers_volunteer where community_id = ? and status = ?")
			.params(community.value(), VolunteerStatus.APPROVED.name())
			.query((rs, n) -> {
				OffsetDateTime latest = rs.getObject(2, OffsetDateTime.class);
				long millis = latest == null ? 0 : latest.toInstant().toEpochMilli();
				return millis * 31 + rs.getLong(1);
			}).single();
	}

	List<Application> approvedIn(CommunityId community) {
		return many("community_id = ? and status = ? order by id", community.value(),
				VolunteerStatus.APPROVED.name());
	}

	/** Saves the answers of a draft and how far it got; false when it is no longer a draft. */
	boolean saveDraft(UUID id, Answers answers, int nextStep, Instant at) {
		int changed = jdbc.sql("""
				update volunteers_volunteer set next_step = ?, motivation = ?, kinds = ?, domains = ?, skills = ?,
				  languages = ?, interests = ?, neighbourhood_id = ?, latitude = ?, longitude = ?, travel_km = ?,
				  licence = ?, vehicle = ?, seats = ?, wheelchair_vehicle = ?, availability = ?, weekly_limit = ?,
				  reference1_name = ?, reference1_contact = ?, reference2_name = ?, reference2_contact = ?,
				  updated_at = ?
				where id = ? and status = ?""")
			.params(nextStep, answers.motivation(), names(answers.kinds(), HelpKind::name),
					names(answers.domains(), SupportDomain::name), answers.skills(),
					names(answers.languages(), Function.identity()), answers.interests(), answers.neighbourhood(),
					answers.latitude(), answers.longitude(), answers.travelKm(), answers.licence(),
					answers.vehicle(), answers.seats(), answers.wheelchairVehicle(),
					names(answers.availability(), AvailabilitySlot::code), answers.weeklyLimit(),
					answers.reference1().name(), answers.reference1().contact(), answers.reference2().name(),
					answers.reference2().contact(), utc(at), id, VolunteerStatus.DRAFT.name())
			.update();
		if (changed == 1) {
			jdbc.sql("delete from volunteers_away where volunteer_id = ?").param(id).update();
			for (DateRange range : answers.away()) {
				jdbc.sql("insert into volunteers_away (volunteer_id, starts_on, ends_on) values (?, ?, ?)")
					.params(id, range.from(), range.to()).update();
			}
		}
		return changed == 1;
	}

	/** Sends a complete draft, in one conditional update; false when it was not a complete draft. */
	boolean send(UUID id, Instant at) {
		return jdbc.sql("""
				update volunteers_volunteer set status = ?, applied_at = ?, updated_at = ?
				where id = ? and status = ? and next_step >= ?""")
			.params(VolunteerStatus.APPLIED.name(), utc(at), utc(at), id, VolunteerStatus.DRAFT.name(),
					Step.values().length)
			.update() == 1;
	}

	/** Saves the checklist of a sent, undecided application, which is then in screening. */
	boolean saveChecklist(UUID id, Checklist checklist, Instant at) {
		return jdbc.sql("""
				update volunteers_volunteer set status = ?, interview_on = ?, reference1_checked = ?,
				  reference2_checked = ?, check_status = ?, check_on = ?, check_expires_on = ?,
				  check_reminded_at = case when check_expires_on = ? then check_reminded_at else null end,
				  confidentiality = ?, orientation = ?, updated_at = ?
				where id = ? and status in (?, ?, ?)""")
			.params(statusAfterChecklist(id), checklist.interviewOn(), checklist.reference1Checked(),
					checklist.reference2Checked(), checklist.checkStatus().name(), checklist.checkOn(),
					checklist.checkExpiresOn(), checklist.checkExpiresOn(), checklist.confidentiality(),
					checklist.orientation(), utc(at), id, VolunteerStatus.APPLIED.name(),
					VolunteerStatus.IN_SCREENING.name(), VolunteerStatus.APPROVED.name())
			.update() == 1;
	}

	private String statusAfterChecklist(UUID id) {
		return find(id).filter(application -> application.status() == VolunteerStatus.APPROVED)
			.map(application -> VolunteerStatus.APPROVED.name()).orElse(VolunteerStatus.IN_SCREENING.name());
	}

	/** Moves an application in screening to a decision, once; false when it was already decided. */
	boolean decide(UUID id, VolunteerStatus decision, String reason, Instant at) {
		return jdbc.sql("""
				update volunteers_volunteer set status = ?, decline_reason = ?, decided_at = ?, updated_at = ?
				where id = ? and status in (?, ?)""")
			.params(decision.name(), reason, utc(at), utc(at), id, VolunteerStatus.APPLIED.name(),
					VolunteerStatus.IN_SCREENING.name())
			.update() == 1;
	}

	private Optional<Application> one(String where, Object... params) {
		return jdbc.sql("select " + COLUMNS + " from volunteers_volunteer where " + where).params(params)
			.query(this::application).optional();
	}

	private List<Application> many(String where, Object... params) {
		return jdbc.sql("select " + COLUMNS + " from volunteers_volunteer where " + where).params(params)
			.query(this::application).list();
	}

	private Application application(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		var answers = new Answers(text(rs, "motivation"), codes(rs, "kinds", HelpKind::valueOf),
				codes(rs, "domains", SupportDomain::valueOf), text(rs, "skills"),
				codes(rs, "languages", Function.identity()), text(rs, "interests"),
				rs.getObject("neighbourhood_id", UUID.class), rs.getObject("latitude", Double.class),
				rs.getObject("longitude", Double.class), rs.getObject("travel_km", Integer.class),
				rs.getBoolean("licence"), rs.getBoolean("vehicle"), rs.getObject("seats", Integer.class),
				rs.getBoolean("wheelchair_vehicle"), codes(rs, "availability", this::slot), away(id),
				rs.getObject("weekly_limit", Integer.class),
				new Reference(rs.getString("reference1_name"), rs.getString("reference1_contact")),
				new Reference(rs.getString("reference2_name"), rs.getString("reference2_contact")));
		var checklist = new Checklist(date(rs, "interview_on"), rs.getBoolean("reference1_checked"),
				rs.getBoolean("reference2_checked"), CheckStatus.valueOf(rs.getString("check_status")),
				date(rs, "check_on"), date(rs, "check_expires_on"), rs.getBoolean("confidentiality"),
				rs.getBoolean("orientation"));
		return new Application(id, new CommunityId(rs.getObject("community_id", UUID.class)),
				new AccountId(rs.getObject("account_id", UUID.class)), VolunteerStatus.valueOf(rs.getString("status")),
				rs.getInt("next_step"), answers, instant(rs, "applied_at"), checklist, instant(rs, "decided_at"),
				rs.getString("decline_reason"));
	}

	private AvailabilitySlot slot(String code) {
		return AvailabilitySlot.parse(code).orElseThrow();
	}

	private List<DateRange> away(UUID id) {
		return jdbc.sql("select starts_on, ends_on from volunteers_away where volunteer_id = ? order by starts_on")
			.param(id)
			.query((rs, n) -> new DateRange(rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	private static <T> String names(Collection<T> values, Function<T, String> name) {
		return values.stream().map(name).sorted().collect(Collectors.joining(","));
	}

	private static <T> Set<T> codes(ResultSet rs, String column, Function<String, T> parse) throws SQLException {
		String text = rs.getString(column);
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split(",")).map(parse).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static String text(ResultSet rs, String column) throws SQLException {
		String text = rs.getString(column);
		return text == null ? "" : text;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
