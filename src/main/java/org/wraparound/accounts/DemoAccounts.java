package org.wraparound.accounts;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.platform.ConditionalOnDemoData;
import org.wraparound.platform.Language;

/**
 * One demo person for each role, so that a newcomer can see every side of Wraparound. Loading again adds nothing.
 * The names and addresses are made up; {@code .example} addresses never reach a real mailbox.
 */
@Component
@ConditionalOnDemoData
@Order(DemoAccounts.ORDER)
class DemoAccounts implements ApplicationRunner {

	static final int ORDER = 10;
	static final String PASSWORD = "wraparound-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final List<DemoPerson> PEOPLE = List.of(
			new DemoPerson("Maria Tremblay", "member@wraparound.example", Language.FR, Role.MEMBER,
					"member, a family caregiver"),
			new DemoPerson("Sam Okafor", "volunteer@wraparound.example", Language.EN, Role.VOLUNTEER, "volunteer"),
			new DemoPerson("Claire Dubois", "champion@wraparound.example", Language.EN, Role.MEMBER,
					"champion of the demo community"),
			new DemoPerson("Jordan Lee", "staff@wraparound.example", Language.EN, Role.STAFF, "support staff"),
			new DemoPerson("Priya Shah", "admin@wraparound.example", Language.EN, Role.ADMIN, "administrator"));

	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final Clock clock;

	DemoAccounts(Accounts accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int added = 0;
		for (DemoPerson person : PEOPLE) {
			if (!accounts.existsByEmailNormalized(EmailAddress.normalize(person.email()))) {
				Account account = Account.open(new SignUp(person.name(), person.email(), PASSWORD, person.language()),
						passwords.encode(PASSWORD), clock.instant());
				account.grant(person.role());
				account.verifyEmail(clock.instant());
				accounts.save(account);
				added++;
			}
		}
		log.info("Demo sign-ins (password for all: {}){}", PASSWORD, PEOPLE.stream()
				.map(person -> "%n  %-30s %s".formatted(person.email(), person.label()))
				.reduce("", String::concat));
		if (added > 0) {
			log.info("Added {} demo accounts", added);
		}
	}

	record DemoPerson(String name, String email, Language language, Role role, String label) {
	}
}
