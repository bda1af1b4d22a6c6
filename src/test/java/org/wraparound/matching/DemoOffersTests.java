package org.wraparound.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountManagement;

/** The demo data (loaded in tests too) holds offers for Sam and for demo volunteers, each made once. */
@WraparoundTest
class DemoOffersTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void samAndDemoVolunteersHaveBeenOfferedRequests() {
		UUID sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id().value();
		assertThat(count("select count(*) from matching_offer where volunteer_id = ?", sam)).isPositive();
		long demo = 0;
		for (int i = 1; i <= 30; i++) {
			var volunteer = accounts.findByEmail("demo.volunteer%02d@wraparound.example".formatted(i));
			if (volunteer.isPresent()) {
				demo += count("select count(*) from matching_offer where volunteer_id = ?", volunteer.get().id().value());
			}
		}
		assertThat(demo).isPositive();
		assertThat(jdbc.sql("select count(*) from (select request_id, volunteer_id from matching_offer"
				+ " group by request_id, volunteer_id having count(*) > 1) twice").query(Long.class).single())
			.isZero();
	}

	private long count(String sql, UUID id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}
}
