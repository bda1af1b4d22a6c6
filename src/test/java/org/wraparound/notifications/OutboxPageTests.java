package org.wraparound.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.HtmlChecker;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.platform.Language;

/** Staff read the mails Wraparound wrote on the dev outbox page; members may not. */
@WraparoundTest
class OutboxPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Mails mails;

	@Test
	void staffSeeTheMailsWithClickableLinksOnAValidPage() {
		UUID id = UUID.randomUUID();
		String link = "http://localhost:" + port + "/signin/link?token=" + id;
		mails.record(new Email(id, "SIGN_IN_LINK", "outbox.page@mail.example", Language.FR,
				"Votre lien pour vous connecter à Wraparound", "Bonjour Zoé,\n\nOuvrez ce lien :\n" + link, ""),
				MailStatus.OUTBOX, Instant.now().plusSeconds(3600), null);

		var staff = new Visitor(port);
		staff.signIn("staff@wraparound.example", "wraparound-demo");
		var page = staff.get("/staff/outbox");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Outbox", "Votre lien pour vous connecter à Wraparound",
				"outbox.page@mail.example", "French", "Bonjour Zoé,", "<a href=\"" + link + "\">");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		assertThat(HtmlChecker.errors(staff.speaking("fr").get("/staff/outbox").body())).isEmpty();
	}

	@Test
	void membersMayNotReadTheOutbox() {
		var member = new Visitor(port);
		member.signIn("member@wraparound.example", "wraparound-demo");
		assertThat(member.get("/staff/outbox").status()).isEqualTo(403);
	}
}
