package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

/** Staff can see who signed in, who failed to, and who changed what on an account. */
@WraparoundTest
class SignInAuditTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	private List<String> entries(String actorOrLabel) {
		return jdbc.sql("""
				select action || ' ' || coalesce(detail, '') || ' ' || coalesce(ip, '') from audit_entry
				where actor_id = :who or actor_label = :who order by at""").param("who", actorOrLabel)
			.query(String.class).list();
	}

	@Test
	void aFailedSignInKeepsWhatWasTypedAndASuccessfulOneKeepsWho() {
		var visitor = new Visitor(port);
		visitor.signIn("typo@audit-signin.example", "wrong password");
		assertThat(entries("typo@audit-signin.example")).singleElement().asString()
			.startsWith("SIGN_IN_FAILED").contains("127.0.0.1");

		var admin = accounts.findByEmail("admin@wraparound.example").orElseThrow().id().toString();
		int before = entries(admin).size();
		visitor.signIn("admin@wraparound.example", "wraparound-demo");
		visitor.get("/");
		visitor.post("/signout", Map.of());
		assertThat(entries(admin).subList(before, entries(admin).size())).hasSize(2)
			.anySatisfy(entry -> assertThat(entry).startsWith("SIGNED_IN"))
			.anySatisfy(entry -> assertThat(entry).startsWith("SIGNED_OUT"));
	}

	@Test
	void aRoleChangeNamesTheStaffMemberWhoMadeIt() {
		var kai = accounts.signUp(new SignUp("Kai", "kai.audit@audit-signin.example", "long password here",
				org.wraparound.platform.Language.EN)).orElseThrow();
		var staff = new Visitor(port);
		staff.signIn("staff@wraparound.example", "wraparound-demo");
		staff.get("/staff/accounts");
		staff.post("/staff/accounts/" + kai + "/roles", Map.of("role", "STAFF", "change", "grant"));
		var staffId = accounts.findByEmail("staff@wraparound.example").orElseThrow().id().toString();
		assertThat(jdbc.sql("select actor_id from audit_entry where record_id = ? and action = 'ROLE_CHANGED'")
			.param(kai.toString()).query(String.class).list()).containsExactly(staffId);
	}
}
