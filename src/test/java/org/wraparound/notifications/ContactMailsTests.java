package org.wraparound.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.AccountSummary;
import org.wraparound.accounts.Role;
import org.wraparound.contact.InquiryId;
import org.wraparound.contact.InquiryKind;
import org.wraparound.contact.InquiryReceived;
import org.wraparound.contact.InquirySource;
import org.wraparound.contact.Topic;
import org.wraparound.platform.BaseUrl;
import org.wraparound.platform.Language;

/** Who is told of a new message: every staff member in their language, or the team's shared inbox when one is set. */
class ContactMailsTests {

	private final AccountManagement accounts = mock(AccountManagement.class);

	private final MailDelivery delivery = mock(MailDelivery.class);

	private final InquiryReceived message = new InquiryReceived(UUID.randomUUID(), new InquiryId(UUID.randomUUID()),
			InquiryKind.EMAIL, InquirySource.FORM, Topic.VOLUNTEERING, "Ada", "ada@example.org", Language.EN,
			Instant.parse("2026-11-26T15:00:00Z"));

	ContactMailsTests() {
		when(accounts.staff()).thenReturn(List.of(staff("Lea", "lea@team.example", Language.FR),
				staff("Sam", "sam@team.example", Language.EN)));
	}

	@Test
	void withoutATeamAddressEveryStaffMemberIsToldInTheirLanguage() {
		mails("").on(message);

		assertThat(sent()).extracting(MailRequest::to, MailRequest::language).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("ada@example.org", Language.EN),
				org.assertj.core.groups.Tuple.tuple("lea@team.example", Language.FR),
				org.assertj.core.groups.Tuple.tuple("sam@team.example", Language.EN));
	}

	@Test
	void withATeamAddressOnlyThatInboxIsToldOnce() {
		mails(" hello@team.example ").on(message);

		List<MailRequest> notices = sent().stream().filter(mail -> mail.kind().equals("mail.contact.notice")).toList();
		assertThat(notices).singleElement().satisfies(notice -> {
			assertThat(notice.to()).isEqualTo("hello@team.example");
			assertThat(notice.language()).isEqualTo(Language.FR);
			assertThat(notice.link()).isEqualTo("https://wraparound.example/staff/inbox/" + message.inquiry());
		});
		assertThat(sent()).extracting(MailRequest::to).contains("ada@example.org")
			.doesNotContain("lea@team.example", "sam@team.example");
	}

	private ContactMails mails(String teamAddress) {
		return new ContactMails(delivery, accounts, new BaseUrl(URI.create("https://wraparound.example")),
				new MailSettings("Wraparound <hello@wraparound.example>", ZoneId.of("America/Toronto"), teamAddress,
						Language.FR));
	}

	private List<MailRequest> sent() {
		ArgumentCaptor<MailRequest> captor = ArgumentCaptor.forClass(MailRequest.class);
		verify(delivery, atLeastOnce()).deliver(captor.capture());
		return captor.getAllValues();
	}

	private static AccountSummary staff(String name, String email, Language language) {
		return new AccountSummary(new AccountId(UUID.randomUUID()), name, email, language, Set.of(Role.STAFF),
				Instant.parse("2026-01-01T00:00:00Z"));
	}
}
