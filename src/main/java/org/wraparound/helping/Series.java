package org.wraparound.helping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/** Repeating requests: the rule, what each occurrence asks for, and up to which day occurrences were made. */
@Component
class Series {

	static final String ACTIVE = "ACTIVE";

	static final String STOPPED = "STOPPED";

	record Row(UUID id, UUID community, UUID circle, Repeat repeat, LocalDate firstDay, LocalTime start,
			LocalTime end, ZoneId zone, LocalDate madeUntil, String status, HelpKind kind, int slots, String notes,
			String address, RequestDetails details, Double latitude, Double longitude, AccountId postedBy,
			Instant postedAt) {
	}

	private static final String COLUMNS = """
			id, community_id, circle_id, frequency, first_day, start_time, end_time, time_zone, until_day, times,
			made_until, status, kind, slots, notes, address, details, latitude, longitude, posted_by, posted_at""";

	private final JdbcClient jdbc;

	Series(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Row row) {
		jdbc.sql("insert into helping_series (" + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(row.id(), row.community(), row.circle(), row.repeat().frequency().name(), row.firstDay(),
					row.start(), row.end(), row.zone().getId(), row.repeat().until(), row.repeat().times(),
					row.madeUntil(), row.status(), row.kind().name(), row.slots(), row.notes(), row.address(),
					row.details().text(), row.latitude(), row.longitude(), row.postedBy().value(),
					row.postedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from helping_series where id = ?").param(id)
			.query((rs, n) -> row(rs)).optional();
	}

	/** Active series whose occurrences were made only up to before {@code day}. */
	List<UUID> behind(LocalDate day) {
		return jdbc.sql("select id from helping_series where status = ? and made_until < ? order by id")
			.params(ACTIVE, day).query(UUID.class).list();
	}

	void madeUntil(UUID id, LocalDate day) {
		jdbc.sql("update helping_series set made_until = ? where id = ? and made_until < ?").params(day, id, day)
			.update();
	}

	boolean stop(UUID id) {
		return jdbc.sql("update helping_series set status = ? where id = ? and status = ?")
			.params(STOPPED, id, ACTIVE).update() == 1;
	}

	private static Row row(ResultSet rs) throws SQLException {
		Integer times = (Integer) rs.getObject("times");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
				rs.getObject("circle_id", UUID.class),
				new Repeat(Repeat.Frequency.valueOf(rs.getString("frequency")),
						rs.getObject("until_day", LocalDate.class), times),
				rs.getObject("first_day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
				rs.getObject("end_time", LocalTime.class), ZoneId.of(rs.getString("time_zone")),
				rs.getObject("made_until", LocalDate.class), rs.getString("status"),
				HelpKind.valueOf(rs.getString("kind")), rs.getInt("slots"), rs.getString("notes"),
				rs.getString("address"), RequestDetails.parse(rs.getString("details")),
				(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
				new AccountId(rs.getObject("posted_by", UUID.class)),
				rs.getObject("posted_at", OffsetDateTime.class).toInstant());
	}
}
