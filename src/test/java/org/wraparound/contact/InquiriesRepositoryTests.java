package org.wraparound.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/** The inquiry, thread and call-back tables, on H2 and on PostgreSQL. */
@DatabaseTest
class InquiriesRepositoryTests {

	@Autowired
	Inquiries inquiries;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

	private InquiryId saved(InquiryKind kind, String email, Instant at) {
		var id = new InquiryId(UUID.randomUUID());
		inquiries.insert(id, kind, InquirySource.CHAT, Topic.PRESS, "Kept Whole", email, Language.FR,
				Optional.of(new AccountId(UUID.randomUUID())), at);
		return id;
	}

	@Test
	void anInquiryKeepsItsDetailsAndItsThreadInOrder() {
		var id = saved(InquiryKind.EMAIL, "kept@press.example", now);
		var staff = new AccountId(UUID.randomUUID());
		inquiries.addMessage(id, "First line.\nSecond line.", Optional.empty(), null, now);
		inquiries.addMessage(id, "Our answer.", Optional.of(staff), "Jordan Lee", now.plusSeconds(60));

		var found = inquiries.find(id).orElseThrow();
		assertThat(found.kind()).isEqualTo(InquiryKind.EMAIL);
		assertThat(found.status()).isEqualTo(InquiryStatus.OPEN);
		assertThat(found.source()).isEqualTo(InquirySource.CHAT);
		assertThat(found.topic()).isEqualTo(Topic.PRESS);
		assertThat(found.email()).contains("kept@press.example");
		assertThat(found.language()).isEqualTo(Language.FR);
		assertThat(found.receivedAt()).isEqualTo(now);
		assertThat(found.callback()).isEmpty();
		var thread = inquiries.thread(id);
		assertThat(thread).extracting(ThreadMessage::body).containsExactly("First line.\nSecond line.", "Our answer.");
		assertThat(thread.get(0).fromStaff()).isFalse();
		assertThat(thread.get(1).staff()).contains(staff);
		assertThat(thread.get(1).staffName()).isEqualTo("Jordan Lee");
	}

	@Test
	void aCallbackComesWithItsNumberTimeAndLanguage() {
		var id = saved(InquiryKind.CALLBACK, null, now);
		inquiries.insertCallback(id, new CallbackDetails("+33 1 23 45 67 89", BestTime.MIDDAY, Language.EN));

		var found = inquiries.find(id).orElseThrow();
		assertThat(found.email()).isEmpty();
		assertThat(found.callback()).contains(new CallbackDetails("+33 1 23 45 67 89", BestTime.MIDDAY, Language.EN));
	}

	@Test
	void filtersShowOpenMineAndClosedInTheirOrder() {
		var me = new AccountId(UUID.randomUUID());
		var older = saved(InquiryKind.EMAIL, "older@press.example", now.minus(Duration.ofDays(400)));
		var newer = saved(InquiryKind.EMAIL, "newer@press.example", now.minus(Duration.ofDays(399)));
		assertThat(inquiries.assign(newer, Optional.of(me), now)).isTrue();

		var open = inquiries.list(InboxFilter.OPEN, Optional.of(me), 1000).stream().map(InquiryView::id).toList();
		assertThat(open).containsSubsequence(older, newer);
		assertThat(inquiries.list(InboxFilter.MINE, Optional.of(me), 10)).extracting(InquiryView::id)
			.containsExactly(newer);

		assertThat(inquiries.move(older, InquiryStatus.OPEN, InquiryStatus.CLOSED, now)).isTrue();
		assertThat(inquiries.move(older, InquiryStatus.OPEN, InquiryStatus.CLOSED, now)).isFalse();
		assertThat(inquiries.find(older).orElseThrow().closedAt()).contains(now);
		assertThat(inquiries.list(InboxFilter.CLOSED, Optional.empty(), 1000)).extracting(InquiryView::id)
			.contains(older).doesNotContain(newer);
		assertThat(inquiries.list(InboxFilter.OPEN, Optional.empty(), 1000)).extracting(InquiryView::id)
			.doesNotContain(older);

		assertThat(inquiries.move(older, InquiryStatus.CLOSED, InquiryStatus.OPEN, now)).isTrue();
		assertThat(inquiries.find(older).orElseThrow().closedAt()).isEmpty();
		assertThat(inquiries.assign(newer, Optional.empty(), now)).isTrue();
		assertThat(inquiries.find(newer).orElseThrow().assignee()).isEmpty();
	}
}
