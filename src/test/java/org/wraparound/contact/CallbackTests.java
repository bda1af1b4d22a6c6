package org.wraparound.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.TestClock;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

/** "Call me back": numbers taken as people write them, the request in the staff queue, marked done by staff. */
@WraparoundTest
class CallbackTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noMail() {
		TestMail.clear();
	}

	private static Map<String, String> request(String name, String phone) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("phone", phone);
		form.put("bestTime", "AFTERNOON");
		form.put("topic", "GETTING_HELP");
		form.put("callLanguage", "fr");
		return form;
	}

	private long requestsFrom(String name) {
		return jdbc.sql("select count(*) from contact_inquiry where name = ? and kind = 'CALLBACK'").param(name)
			.query(Long.class).single();
	}

	@Test
	void aCallbackRequestReachesTheStaffQueueAndIsMarkedDone() {
		String name = "Caller " + UUID.randomUUID().toString().substring(0, 6);
		var response = Writing.send(new Visitor(port), clock, "/contact/callback", request(name, "(613) 555-0142 ext. 12"));

		assertThat(response.location()).endsWith("/contact/callback/thanks");
		assertThat(new Visitor(port).get("/contact/callback/thanks").body()).contains("We will call you back");
		var notice = TestMail.awaitMailTo("staff@wraparound.example", 1).get(0);
		assertThat(TestMail.text(notice)).contains(name + " asked us to call them back", "Getting help for someone");

		var staff = new Visitor(port);
		staff.signIn("staff@wraparound.example", "wraparound-demo");
		String inbox = staff.get("/staff/inbox").body();
		assertThat(inbox).contains(name, "Call-back request");
		String id = jdbc.sql("select id from contact_inquiry where name = ?").param(name).query(UUID.class).single()
			.toString();
		assertThat(staff.get("/staff/inbox/" + id).body()).contains("href=\"tel:613555014212\"",
				"(613) 555-0142 ext. 12", "In the afternoon", "French", "Waiting for our call", "Mark the call as done")
			.doesNotContain("Send the reply");

		staff.post("/staff/inbox/" + id + "/close", Map.of());
		assertThat(staff.get("/staff/inbox/" + id).body()).contains("The call is marked as done.", "Called back");
		assertThat(staff.get("/staff/inbox").body()).doesNotContain(name);
	}

	@Test
	void numbersAreTakenLenientlyButMustBeDiallable() {
		for (String number : new String[] { "613-555-0142", "+33 1 23 45 67 89", "555.0142 x 7", "(819) 555 0101" }) {
			String name = "Lenient " + UUID.randomUUID().toString().substring(0, 6);
			var response = Writing.send(new Visitor(port), clock, "/contact/callback", request(name, number));
			assertThat(response.status()).as(number).isEqualTo(302);
			assertThat(requestsFrom(name)).as(number).isEqualTo(1);
		}
		for (String number : new String[] { "12345", "call me maybe", "613-555-0142; drop table", "1".repeat(20) }) {
			var response = Writing.send(new Visitor(port), clock, "/contact/callback", request("Strict", number));
			assertThat(response.status()).as(number).isEqualTo(200);
			assertThat(response.body()).as(number).contains("Enter a phone number we can dial");
		}
	}

	@Test
	void mistakesAreExplainedInFrenchWithWhatWasTyped() {
		Map<String, String> form = request("", "514-555-0199");
		form.put("bestTime", "NEVER");
		var response = Writing.send(new Visitor(port).speaking("fr"), clock, "/contact/callback", form);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Indiquez votre nom", "Choisissez quand nous devrions appeler",
				"value=\"514-555-0199\"");
	}

	@Test
	void robotsAndFloodsAreKeptOut() {
		Map<String, String> robot = request("Robot Rob", "613-555-0100");
		robot.put("website", "spam");
		assertThat(Writing.send(new Visitor(port), clock, "/contact/callback", robot).location())
			.endsWith("/contact/callback/thanks");
		assertThat(requestsFrom("Robot Rob")).isZero();

		var visitor = new Visitor(port);
		for (int i = 0; i < 5; i++) {
			Writing.send(visitor, clock, "/contact/callback", request("Flood Flo", "613-555-0100"));
		}
		var refused = Writing.send(visitor, clock, "/contact/callback", request("Flood Flo", "613-555-0100"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("Too many messages for now", "value=\"613-555-0100\"");
		assertThat(requestsFrom("Flood Flo")).isEqualTo(5);
	}
}
