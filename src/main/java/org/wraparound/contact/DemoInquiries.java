package org.wraparound.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.platform.ConditionalOnDemoData;
import org.wraparound.platform.Language;

/**
 * A few made-up messages and one call-back request in the staff inbox, one of them already answered, so that the
 * inbox has something to show. Written straight to the tables: the demo sends no mail. Loading again adds nothing.
 */
@Component
@ConditionalOnDemoData
@Order(85)
class DemoInquiries implements ApplicationRunner {

	static final String FIRST = "lucie.gagnon@wraparound.example";

	private final Inquiries inquiries;
	private final AccountManagement accounts;
	private final Clock clock;

	DemoInquiries(Inquiries inquiries, AccountManagement accounts, Clock clock) {
		this.inquiries = inquiries;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (inquiries.existsFrom(FIRST)) {
			return;
		}
		Instant now = clock.instant();
		message("Lucie Gagnon", FIRST, Topic.START_COMMUNITY, Language.FR, now.minus(Duration.ofDays(2)), """
				Bonjour, notre paroisse aimerait lancer une communauté bienveillante dans le quartier. Par où \
				commencer? Avez-vous des exemples de chartes?""");
		var answered = message("Tom Becker", "tom.becker@wraparound.example", Topic.VOLUNTEERING, Language.EN,
				now.minus(Duration.ofDays(1)), """
						Hello, I retired last month and would like to drive people to appointments. Do I need a \
						police check before I can start?""");
		accounts.findByEmail("staff@wraparound.example").ifPresent(staff -> {
			inquiries.addMessage(answered, """
					Thank you for offering your time, Tom. Yes: drivers need a vulnerable-sector check, and we \
					help with the form. A champion will call you this week.""", Optional.of(staff.id()),
					staff.displayName(), now.minus(Duration.ofHours(20)));
			inquiries.assign(answered, Optional.of(staff.id()), now.minus(Duration.ofHours(20)));
		});
		message("Amina Haddad", "amina.haddad@wraparound.example", Topic.GETTING_HELP, Language.EN,
				now.minus(Duration.ofHours(3)), """
						My father lives alone in Maple Grove and is getting weaker. Could someone visit him once a \
						week? I live three hours away.""");
		var callback = new InquiryId(UUID.randomUUID());
		inquiries.insert(callback, InquiryKind.CALLBACK, InquirySource.FORM, Topic.GETTING_HELP, "Gérard Roy", null,
				Language.FR, Optional.empty(), now.minus(Duration.ofHours(1)));
		inquiries.insertCallback(callback, new CallbackDetails("514-555-0142", BestTime.MORNING, Language.FR));
	}

	private InquiryId message(String name, String email, Topic topic, Language language, Instant at, String text) {
		var id = new InquiryId(UUID.randomUUID());
		inquiries.insert(id, InquiryKind.EMAIL, InquirySource.FORM, topic, name, email, language, Optional.empty(), at);
		inquiries.addMessage(id, text, Optional.empty(), null, at);
		return id;
	}
}
