package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.platform.Language;

@WraparoundTest
class StaffRolesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	private AccountId someone() {
		return accounts.signUp(new SignUp("Kai", "kai." + UUID.randomUUID() + "@roles.example", "long password here",
				Language.EN)).orElseThrow();
	}

	private Visitor signedIn(String email) {
		var visitor = new Visitor(port);
		visitor.signIn(email, "wraparound-demo");
		visitor.get("/staff/accounts");
		return visitor;
	}

	@Test
	void staffGrantAndRemoveTheStaffRole() {
		var kai = someone();
		var staff = signedIn("staff@wraparound.example");
		staff.post("/staff/accounts/" + kai + "/roles", Map.of("role", "STAFF", "change", "grant"));
		assertThat(accounts.find(kai).orElseThrow().roles()).contains(Role.STAFF);
		assertThat(staff.get("/staff/accounts").body()).contains("The role is changed.");
		staff.post("/staff/accounts/" + kai + "/roles", Map.of("role", "STAFF", "change", "remove"));
		assertThat(accounts.find(kai).orElseThrow().roles()).containsExactly(Role.MEMBER);
	}

	@Test
	void onlyAnAdministratorChangesWhoIsAnAdministrator() {
		var kai = someone();
		var staff = signedIn("staff@wraparound.example");
		staff.post("/staff/accounts/" + kai + "/roles", Map.of("role", "ADMIN", "change", "grant"));
		assertThat(accounts.find(kai).orElseThrow().roles()).doesNotContain(Role.ADMIN);
		assertThat(staff.get("/staff/accounts").body()).contains("Only an administrator");

		var admin = signedIn("admin@wraparound.example");
		admin.post("/staff/accounts/" + kai + "/roles", Map.of("role", "ADMIN", "change", "grant"));
		assertThat(accounts.find(kai).orElseThrow().roles()).contains(Role.ADMIN);
	}

	@Test
	void nobodyRemovesTheirOwnRoleOrGrantsNonsense() {
		var admin = signedIn("admin@wraparound.example");
		var me = accounts.findByEmail("admin@wraparound.example").orElseThrow().id();
		admin.post("/staff/accounts/" + me + "/roles", Map.of("role", "ADMIN", "change", "remove"));
		assertThat(accounts.find(me).orElseThrow().roles()).contains(Role.ADMIN);
		for (var form : new Map[] { Map.of("role", "MEMBER", "change", "remove"), Map.of("role", "<x>", "change",
				"grant"), Map.of("role", "STAFF", "change", "explode") }) {
			@SuppressWarnings("unchecked")
			var response = admin.post("/staff/accounts/" + me + "/roles", form);
			assertThat(response.status()).isLessThan(500);
		}
		assertThat(admin.post("/staff/accounts/not-an-id/roles", Map.of("role", "STAFF", "change", "grant"))
			.status()).isLessThan(500);
	}

	@Test
	void membersCannotChangeRoles() {
		var kai = someone();
		var member = new Visitor(port);
		member.signIn("volunteer@wraparound.example", "wraparound-demo");
		member.get("/");
		assertThat(member.post("/staff/accounts/" + kai + "/roles", Map.of("role", "STAFF", "change", "grant"))
			.status()).isEqualTo(403);
		assertThat(accounts.find(kai).orElseThrow().roles()).containsExactly(Role.MEMBER);
	}
}
