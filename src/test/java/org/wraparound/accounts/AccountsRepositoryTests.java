package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.wraparound.DatabaseTest;
import org.wraparound.platform.Language;

@DatabaseTest
class AccountsRepositoryTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountManagement management;

	@Test
	void anAccountIsStoredWithItsRolesAndReadBack() {
		var signUp = new SignUp("Ana Pérez 🌻", "Ana.Perez@Repo.example", "unused here", Language.FR);
		Account account = Account.open(signUp, "$2a$10$hash", Instant.parse("2026-11-26T10:00:00Z"));
		account.grant(Role.VOLUNTEER);
		accounts.save(account);

		var found = accounts.findByEmailNormalized("ana.perez@repo.example").orElseThrow();
		assertThat(found.summary().displayName()).isEqualTo("Ana Pérez 🌻");
		assertThat(found.summary().email()).isEqualTo("Ana.Perez@Repo.example");
		assertThat(found.summary().language()).isEqualTo(Language.FR);
		assertThat(found.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.VOLUNTEER);
		assertThat(found.summary().createdAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
	}

	@Test
	void twoAccountsCannotShareAnEmailWhateverItsCase() {
		accounts.save(Account.open(new SignUp("One", "same@repo.example", "x", Language.EN), "h", Instant.now()));
		assertThatThrownBy(() -> accounts
			.save(Account.open(new SignUp("Two", "SAME@repo.example", "x", Language.EN), "h", Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void namesComeBackInOneQueryAndUnknownIdsAreLeftOut() {
		var one = accounts.save(Account.open(new SignUp("Kim", "kim@repo.example", "x", Language.EN), "h",
				Instant.now())).id();
		var unknown = new AccountId(UUID.randomUUID());
		assertThat(management.displayNames(List.of(one, unknown))).containsExactly(java.util.Map.entry(one, "Kim"));
	}

	@Test
	void theNewestAccountsComeFirstWithTheirRoles() {
		var newest = management.newest(500);
		assertThat(newest).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
		assertThat(newest).filteredOn(account -> account.email().equals("admin@wraparound.example"))
			.singleElement().satisfies(admin -> assertThat(admin.roles()).contains(Role.ADMIN, Role.MEMBER));
	}
}
