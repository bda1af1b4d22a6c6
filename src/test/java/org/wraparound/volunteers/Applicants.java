package org.wraparound.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.wraparound.Visitor;

/** Newcomers who apply to volunteer over HTTP, step by step, as the tests of this package need them. */
final class Applicants {

	static final String COMMUNITY = "maple-grove-compassionate-community";
	static final String BASE = "/volunteer/" + COMMUNITY;
	static final String PASSWORD = "a fine long password";

	private Applicants() {
	}

	static String email(String who) {
		return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@volunteers.example";
	}

	/** Signs up and signs in (the address need not be confirmed to apply). */
	static Visitor signedUp(int port, String name, String email) {
		var visitor = new Visitor(port).speaking("en");
		visitor.get("/signup");
		assertThat(visitor.post("/signup", Map.of("name", name, "email", email, "password", PASSWORD, "language",
				"en")).status()).isEqualTo(302);
		return signedIn(port, email);
	}

	static Visitor signedIn(int port, String email) {
		var visitor = new Visitor(port).speaking("en");
		assertThat(visitor.signIn(email, PASSWORD).status()).isEqualTo(302);
		return visitor;
	}

	static void start(Visitor visitor) {
		visitor.get("/volunteer");
		assertThat(visitor.post(BASE + "/start", Map.of()).status()).isEqualTo(302);
	}

	/** Posts one step with fields that may repeat (name=value pairs); the response. */
	static Visitor.Response step(Visitor visitor, String step, String... pairs) {
		visitor.get(BASE + "/" + step);
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			body.append(body.isEmpty() ? "" : "&").append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
		}
		return visitor.postForm(BASE + "/" + step, body.toString());
	}

	/** Every step done with good answers, and sent. */
	static void applied(Visitor visitor, String neighbourhood) {
		start(visitor);
		firstSteps(visitor);
		lastSteps(visitor, neighbourhood);
		visitor.get(BASE + "/review");
		assertThat(visitor.post(BASE + "/send", Map.of()).status()).isEqualTo(302);
	}

	static void firstSteps(Visitor visitor) {
		assertThat(step(visitor, "motivation", "motivation", "I have time and I like people.").location())
			.endsWith("/help");
		assertThat(step(visitor, "help", "kinds", "MEAL", "kinds", "RIDE", "domains", "PRACTICAL").location())
			.endsWith("/skills");
		assertThat(step(visitor, "skills", "skills", "Cooking", "languages", "en", "languages", "fr",
				"otherLanguages", "Spanish", "interests", "gardening, music").location()).endsWith("/place");
	}

	static void lastSteps(Visitor visitor, String neighbourhood) {
		assertThat(step(visitor, "place", "neighbourhood", neighbourhood).location()).endsWith("/travel");
		assertThat(step(visitor, "travel", "travelKm", "12", "licence", "true", "vehicle", "true", "seats", "3",
				"wheelchair", "true").location()).endsWith("/time");
		assertThat(step(visitor, "time", "slots", "MONDAY-MORNING", "slots", "SATURDAY-EVENING", "weeklyLimit", "2",
				"awayFrom", "2031-07-01", "awayTo", "2031-07-14", "awayFrom", "", "awayTo", "").location())
			.endsWith("/references");
		assertThat(step(visitor, "references", "reference1Name", "Ann Lee", "reference1Contact", "613-555-0101",
				"reference2Name", "Bob Roy", "reference2Contact", "bob@example.ca").location()).endsWith("/review");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
