package org.wraparound;

import static org.assertj.core.api.Assertions.assertThat;

import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleManagement;

/** The demo people and circles that tests build on (the demo data is loaded in tests too). */
public final class Demo {

	public static final String PASSWORD = "wraparound-demo";

	private Demo() {
	}

	/** A visitor signed in as one of the demo people, such as {@code member@wraparound.example}. */
	public static Visitor signedIn(int port, String email) {
		var visitor = new Visitor(port);
		assertThat(visitor.signIn(email, PASSWORD).status()).isEqualTo(302);
		return visitor;
	}

	/** The id of the circle around {@code person} (the name the circle goes by) that {@code email} belongs to. */
	public static String circleOf(AccountManagement accounts, CircleManagement circles, String email, String person) {
		var account = accounts.findByEmail(email).orElseThrow();
		return circles.circlesOf(account.id()).stream().filter(circle -> circle.personName().equals(person))
			.findFirst().orElseThrow().id().toString();
	}
}
