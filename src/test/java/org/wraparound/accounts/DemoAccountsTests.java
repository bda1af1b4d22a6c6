package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;

@DatabaseTest
class DemoAccountsTests {

	@Autowired
	DemoAccounts demo;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thereIsOneDemoPersonForEachRole() {
		for (var person : DemoAccounts.PEOPLE) {
			assertThat(accounts.findByEmail(person.email())).hasValueSatisfying(
					account -> assertThat(account.roles()).contains(person.role()));
		}
		assertThat(DemoAccounts.PEOPLE.stream().map(DemoAccounts.DemoPerson::role))
			.contains(Role.MEMBER, Role.VOLUNTEER, Role.STAFF, Role.ADMIN);
	}

	@Test
	void loadingTheDemoAgainChangesNothing() {
		long accountsBefore = count("accounts_account");
		long rolesBefore = count("accounts_role");
		demo.run(new DefaultApplicationArguments());
		assertThat(count("accounts_account")).isEqualTo(accountsBefore);
		assertThat(count("accounts_role")).isEqualTo(rolesBefore);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
