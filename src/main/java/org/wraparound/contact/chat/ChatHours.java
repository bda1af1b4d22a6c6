package org.wraparound.contact.chat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wraparound.platform.ContactDetails;

/** The office hours staff set, and the holidays; the standard hours in the configured zone until they set any. */
@Repository
class ChatHours {

	private static final int ROW = 1;

	private final JdbcClient jdbc;
	private final ContactDetails contact;

	ChatHours(JdbcClient jdbc, ContactDetails contact) {
		this.jdbc = jdbc;
		this.contact = contact;
	}

	ChatSchedule schedule() {
		OfficeHours hours = stored().orElseGet(() -> OfficeHours.standard(ZoneId.of(contact.chatTimeZone())));
		List<Holiday> holidays = jdbc.sql("select closed_on, name from contact_chat_holiday order by closed_on")
			.query((rs, row) -> new Holiday(rs.getObject("closed_on", LocalDate.class), rs.getString("name"))).list();
		return new ChatSchedule(hours, holidays);
	}

	void save(ChatSchedule schedule) {
		OfficeHours hours = schedule.hours();
		jdbc.sql("delete from contact_chat_hours").update();
		jdbc.sql("insert into contact_chat_hours (id, time_zone, days, opens, closes) values (?, ?, ?, ?, ?)")
			.params(ROW, hours.zone().getId(),
					hours.days().stream().map(day -> String.valueOf(day.getValue())).sorted().collect(Collectors.joining(",")),
					hours.opens(), hours.closes())
			.update();
		jdbc.sql("delete from contact_chat_holiday").update();
		for (Holiday holiday : schedule.holidays()) {
			jdbc.sql("insert into contact_chat_holiday (closed_on, name) values (?, ?)").params(holiday.day(), holiday.name())
				.update();
		}
	}

	private Optional<OfficeHours> stored() {
		return jdbc.sql("select time_zone, days, opens, closes from contact_chat_hours where id = ?").param(ROW)
			.query((rs, row) -> new OfficeHours(ZoneId.of(rs.getString("time_zone")), days(rs.getString("days")),
					rs.getObject("opens", LocalTime.class), rs.getObject("closes", LocalTime.class), Set.of()))
			.optional();
	}

	private static Set<DayOfWeek> days(String stored) {
		if (stored.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(stored.split(",")).map(String::strip).map(Integer::parseInt).map(DayOfWeek::of)
			.collect(Collectors.toSet());
	}
}
