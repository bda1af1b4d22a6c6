package org.wraparound.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.WraparoundTest;

/** The demo inbox: a few messages and one call-back request, loaded once however often the demo loads. */
@WraparoundTest
class DemoInquiriesTests {

	@Autowired
	DemoInquiries demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoInboxHasMessagesAndACallbackOnce() {
		demo.run(new DefaultApplicationArguments());

		assertThat(jdbc.sql("select count(*) from contact_inquiry where email like '%@wraparound.example'")
			.query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from contact_inquiry where name = 'Gérard Roy' and kind = 'CALLBACK'")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from contact_message where staff_id is not null and body like '%Tom%'")
			.query(Long.class).single()).isEqualTo(1);
	}
}
