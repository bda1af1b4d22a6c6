package org.wraparound.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.Demo;
import org.wraparound.Visitor;
import org.wraparound.accounts.AccountManagement;

/**
 * Sessions live in the database, not in one node's memory: a signed-in person's session is a row that any node can
 * read, the cookie keeps its usual name and settings, and a passkey ceremony's options wait there too.
 */
@DatabaseTest
class SessionsInDatabaseTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Test
	void aSignedInPersonsSessionIsARowAndStaysSignedInUntilTheRowIsGone() {
		var account = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id().toString();
		var visitor = new Visitor(port);
		visitor.get("/signin");
		var signedIn = visitor.post("/signin", Map.of("email", "volunteer@wraparound.example", "password", Demo.PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.all("Set-Cookie")).contains("JSESSIONID=").contains("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		String session = sessionId(signedIn);

		assertThat(jdbc.sql("select principal_name from platform_session where session_id = ?").param(session)
			.query(String.class).single()).isEqualTo(account);
		assertThat(visitor.get("/profile").status()).isEqualTo(200);

		jdbc.sql("delete from platform_session where session_id = ?").param(session).update();
		var afterwards = visitor.get("/profile");
		assertThat(afterwards.status()).isEqualTo(302);
		assertThat(afterwards.location()).endsWith("/signin");
	}

	/** As after an upgrade that changed a class kept in sessions: the person is signed out, nothing fails. */
	@Test
	void aSessionWhoseSignInCannotBeReadSignsOut() {
		var visitor = new Visitor(port);
		String session = signIn(visitor, "staff@wraparound.example");
		assertThat(visitor.get("/profile").status()).isEqualTo(200);

		assertThat(jdbc.sql("""
				update platform_session_attributes set attribute_bytes = ?
				where attribute_name = 'SPRING_SECURITY_CONTEXT' and session_primary_id =
				  (select primary_id from platform_session where session_id = ?)""")
			.params(new byte[] { (byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3 }, session).update()).isOne();
		var afterwards = visitor.get("/profile");
		assertThat(afterwards.status()).isEqualTo(302);
		assertThat(afterwards.location()).endsWith("/signin");
	}

	@Test
	void signingOutDeletesTheSession() {
		var visitor = new Visitor(port);
		String session = signIn(visitor, "member@wraparound.example");
		assertThat(sessions(session)).isOne();
		visitor.get("/profile");
		visitor.post("/signout", Map.of());
		assertThat(sessions(session)).isZero();
	}

	@Test
	void aPasskeySignInsOptionsWaitInTheDatabase() {
		var visitor = new Visitor(port);
		String session = sessionId(visitor.get("/signin"));
		var options = visitor.post("/webauthn/authenticate/options", Map.of());
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.body()).contains("\"challenge\"");
		assertThat(jdbc.sql("""
				select a.attribute_name from platform_session_attributes a
				join platform_session s on s.primary_id = a.session_primary_id where s.session_id = ?""")
			.param(session).query(String.class).list()).contains(PasskeySignInOptions.ATTRIBUTE);
	}

	/** Signs {@code email} in with the demo password; the id of the session that holds the sign-in. */
	private static String signIn(Visitor visitor, String email) {
		visitor.get("/signin");
		return sessionId(visitor.post("/signin", Map.of("email", email, "password", Demo.PASSWORD)));
	}

	/** The session id a response's cookie names (Spring Session writes it in base64). */
	private static String sessionId(Visitor.Response response) {
		var cookie = Pattern.compile("JSESSIONID=([^;]+)").matcher(response.all("Set-Cookie"));
		assertThat(cookie.find()).as("a session cookie").isTrue();
		return new String(Base64.getDecoder().decode(cookie.group(1)), StandardCharsets.UTF_8);
	}

	private int sessions(String session) {
		return jdbc.sql("select count(*) from platform_session where session_id = ?").param(session)
			.query(Integer.class).single();
	}
}
