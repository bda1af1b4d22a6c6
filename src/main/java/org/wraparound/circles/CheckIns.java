package org.wraparound.circles;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/** Bereavement check-ins, per circle: one per period after the death (the table refuses a second). */
@Component
class CheckIns {

	private final JdbcClient jdbc;

	CheckIns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void schedule(CircleId circle, LocalDate diedOn, List<Period> after) {
		for (Period period : after) {
			jdbc.sql("""
					insert into circles_check_in (id, circle_id, after_period, due_on) values (?, ?, ?, ?)""")
				.params(UUID.randomUUID(), circle.value(), period.toString(), Date.valueOf(diedOn.plus(period)))
				.update();
		}
	}

	/** A circle's check-ins, soonest first. */
	List<CheckIn> of(CircleId circle) {
		return jdbc.sql("select * from circles_check_in where circle_id = ?").param(circle.value())
			.query((rs, n) -> new CheckIn(rs.getObject("id", UUID.class), Period.parse(rs.getString("after_period")),
					rs.getDate("due_on").toLocalDate(),
					Optional.ofNullable(rs.getTimestamp("done_at")).map(Timestamp::toInstant), rs.getString("note")))
			.list().stream().sorted(Comparator.comparing(CheckIn::dueOn)).toList();
	}

	/** Marks a check-in of this circle done; false when there is none such or it was done already. */
	boolean markDone(CircleId circle, UUID checkIn, AccountId by, String note, Instant now) {
		return jdbc.sql("""
				update circles_check_in set done_at = ?, done_by = ?, note = ?
				where id = ? and circle_id = ? and done_at is null""")
			.params(Timestamp.from(now), by.value(), note == null || note.isBlank() ? null : note.strip(), checkIn,
					circle.value())
			.update() == 1;
	}
}
