package org.wraparound.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.wraparound.HtmlChecker;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.platform.Language;

/** Telling a story, the photo rules at the door, moderation with the author's mails, and the public pages. */
@WraparoundTest
class StoriesTests {

	static final String MEMBER = "member@wraparound.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	StoryManagement stories;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CommunityManagement communities;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	AccountId member;

	AccountId staff;

	CommunitySummary maple;

	@BeforeEach
	void people() {
		member = accounts.findByEmail(MEMBER).orElseThrow().id();
		staff = accounts.findByEmail("staff@wraparound.example").orElseThrow().id();
		maple = communities.findBySlug("maple-grove-compassionate-community").orElseThrow();
		TestMail.clear();
	}

	private MockMultipartHttpServletRequestBuilder form(String title, MockMultipartFile photo) {
		return form(title, photo, Map.of());
	}

	/** The story form as a browser sends it, with {@code changes} in place of the usual values. */
	private MockMultipartHttpServletRequestBuilder form(String title, MockMultipartFile photo,
			Map<String, List<String>> changes) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("title", List.of(title));
		fields.put("body", List.of("First paragraph.\n\nSecond paragraph."));
		fields.put("language", List.of("en"));
		fields.put("theme", List.of("CARING"));
		fields.put("community", List.of(maple.id().value().toString()));
		fields.put("photoAlt", List.of("Two neighbours"));
		fields.put("consentPerson", List.of("Ray", "", "", ""));
		fields.put("consentWay", List.of("IN_WRITING", "", "", ""));
		fields.put("consentDate", List.of("2026-01-10", "", "", ""));
		fields.put("consentConfirmed", List.of("true"));
		fields.putAll(changes);
		var request = multipart("/stories/new");
		if (photo != null) {
			request.file(photo);
		}
		fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		request.with(csrf()).with(user(member.value().toString()).roles("MEMBER"));
		return request;
	}

	private Visitor staffSignedIn() {
		var visitor = new Visitor(port);
		visitor.signIn("staff@wraparound.example", "wraparound-demo");
		visitor.get("/staff/stories");
		return visitor;
	}

	private MvcResult send(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private StoryView storyTitled(String title) {
		return stories.byAuthor(member).stream().filter(story -> story.title().equals(title)).findFirst().orElseThrow();
	}

	private String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aMemberTellsAStoryWithAPhotoAndItWaitsForStaff() throws Exception {
		String title = unique("Soup on Tuesdays");
		var photo = new MockMultipartFile("photo", "IMG_0001.jpg", "image/jpeg",
				TestImages.jpegWithOrientation(TestImages.redLeftBlueRight(), 6));

		var result = send(form(title, photo));

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/stories/mine");
		var story = storyTitled(title);
		assertThat(story.status()).isEqualTo(StoryStatus.SUBMITTED);
		assertThat(story.consents()).containsExactly(new Consent("Ray", ConsentWay.IN_WRITING, LocalDate.of(2026, 1, 10)));
		assertThat(story.paragraphs()).containsExactly("First paragraph.", "Second paragraph.");
		// not public yet: neither the page nor the photo
		var visitor = new Visitor(port);
		assertThat(visitor.get("/stories/" + story.id()).status()).isEqualTo(404);
		assertThat(visitor.download(story.photoHref().orElseThrow()).status()).isEqualTo(404);
	}

	@Test
	void aFortyMegabyteUploadIsRefusedWithAMessageAndTheFormKeepsWhatWasTyped() throws Exception {
		String title = unique("A very big photo");
		var photo = new MockMultipartFile("photo", "big.jpg", "image/jpeg", new byte[40 * 1024 * 1024]);

		var result = send(form(title, photo));

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("larger than 8 MB", "value=\"" + title + "\"", "Second paragraph.", "value=\"Ray\"");
		assertThat(stories.byAuthor(member)).noneMatch(story -> story.title().equals(title));
	}

	@Test
	void aScriptNamedPhotoJpgIsRefusedAndThePersonIsAskedToChooseAgain() throws Exception {
		String title = unique("Not a photo");
		var script = new MockMultipartFile("photo", "photo.jpg", "image/jpeg",
				"<script>alert(document.cookie)</script>".getBytes());

		String page = send(form(title, script)).getResponse().getContentAsString();

		assertThat(page).contains("This file is not a JPEG or PNG photo.").doesNotContain("<script>alert");
		assertThat(stories.byAuthor(member)).noneMatch(story -> story.title().equals(title));
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void heicAndWebpAreRefusedWithTheirOwnMessage() throws Exception {
		String heic = send(form(unique("From an iPhone"), new MockMultipartFile("photo", "IMG.HEIC", "image/heic",
				TestImages.heic()))).getResponse().getContentAsString();
		assertThat(heic).contains("HEIC image");
		String webp = send(form(unique("From a website"), new MockMultipartFile("photo", "pic.webp", "image/webp",
				TestImages.webp()))).getResponse().getContentAsString();
		assertThat(webp).contains("WebP image");
	}

	@Test
	void withoutConsentsTheFormComesBackWithEverythingTypedAndAskForThePhotoAgain() throws Exception {
		String title = unique("Forgot consent");
		var request = form(title, new MockMultipartFile("photo", "ok.png", "image/png", TestImages.pngWithAlpha()),
				Map.of("consentPerson", List.of("", "", "", ""), "consentWay", List.of("", "", "", ""), "consentDate",
						List.of("", "", "", ""), "consentConfirmed", List.of("")));

		var result = send(request);

		String page = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(page).contains("Say who agreed to be in your story", "Tick the box to confirm",
				"please choose it again", "value=\"" + title + "\"", "value=\"Two neighbours\"");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void aPhotoNeedsItsDescription() throws Exception {
		var request = form(unique("No alt"), new MockMultipartFile("photo", "ok.png", "image/png", TestImages.pngWithAlpha()),
				Map.of("photoAlt", List.of("")));
		assertThat(send(request).getResponse().getContentAsString()).contains("Describe the photo in a few words");
	}

	@Test
	void staffApproveAndTheAuthorIsToldInTheirLanguageThenTheStoryIsPublicAndEscaped() throws Exception {
		String title = unique("<b>Bold</b> neighbours");
		var request = form(title, new MockMultipartFile("photo", "ok.png", "image/png", TestImages.pngWithAlpha()),
				Map.of("body", List.of("Hello <script>alert('x')</script> there.")));
		send(request);
		var story = storyTitled(title);
		var staffVisitor = staffSignedIn();
		var queue = staffVisitor.get("/staff/stories");
		assertThat(queue.body()).contains("&lt;b&gt;Bold&lt;/b&gt; neighbours");
		var review = staffVisitor.get("/staff/stories/" + story.id());
		assertThat(review.body()).contains("Ray", "In writing, signed");
		assertThat(HtmlChecker.errors(review.body())).isEmpty();

		assertThat(staffVisitor.post("/staff/stories/" + story.id() + "/approve", Map.of()).status())
			.isEqualTo(302);
		// staff read the names of the people in it, then published it: both are in the audit log
		assertThat(jdbc.sql("select action from audit_entry where module = 'stories' and record_id = ? and actor_id = ?")
			.params(story.id().toString(), staff.value().toString()).query(String.class).list())
			.contains("VIEWED", "CHANGED");

		// Maria reads French
		var mail = TestMail.awaitMailTo(MEMBER, "/stories/" + story.id());
		assertThat(mail.getSubject()).contains("est publiée");
		assertThat(TestMail.link(mail, "/stories/")).isEqualTo("/stories/" + story.id());
		var page = new Visitor(port).get("/stories/" + story.id());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Hello &lt;script&gt;alert('x')&lt;/script&gt; there.")
			.doesNotContain("<script>alert").doesNotContain("<b>Bold");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
		var photo = new Visitor(port).download(stories.find(story.id()).orElseThrow().photoHref().orElseThrow());
		assertThat(photo.status()).isEqualTo(200);
		assertThat(photo.header("Content-Type")).contains("image/jpeg");
		assertThat(photo.header("Cache-Control").orElseThrow()).contains("max-age=31536000", "public");
		assertThat(Photos.kind(photo.body())).isEqualTo(Photos.Kind.JPEG);
	}

	@Test
	void staffSendBackWithANoteTheAuthorChangesItAndStaffRejectWithAReason() throws Exception {
		String title = unique("Needs a change");
		send(form(title, null));
		var story = storyTitled(title);
		var staffVisitor = staffSignedIn();

		var empty = staffVisitor.post("/staff/stories/" + story.id() + "/send-back", Map.of("note", " "));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Write a few words for the author.");
		staffVisitor.post("/staff/stories/" + story.id() + "/send-back",
				Map.of("note", "Please leave out the street name."));

		var mail = TestMail.awaitMailTo(MEMBER, "/stories/" + story.id());
		assertThat(TestMail.text(mail)).contains("Please leave out the street name.");
		String revise = TestMail.link(mail, "/stories/");
		assertThat(revise).isEqualTo("/stories/" + story.id() + "/revise");
		var author = new Visitor(port);
		author.signIn(MEMBER, "wraparound-demo");
		assertThat(author.get(revise).body()).contains("Please leave out the street name.");
		assertThat(new Visitor(port).speaking("en").get("/stories/mine").status()).isEqualTo(302);

		var revised = multipart(revise).param("title", title).param("body", "Better now.").param("language", "fr")
			.param("theme", "GRIEF").param("community", maple.id().value().toString())
			.param("consentPerson", "Ray", "", "", "").param("consentWay", "BY_EMAIL", "", "", "")
			.param("consentDate", "2026-01-11", "", "", "").param("consentConfirmed", "true")
			.with(csrf()).with(user(member.value().toString()).roles("MEMBER"));
		assertThat(mvc.perform(revised).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(stories.find(story.id()).orElseThrow().status()).isEqualTo(StoryStatus.SUBMITTED);

		staffVisitor.post("/staff/stories/" + story.id() + "/reject", Map.of("reason", "It names a child."));
		var rejected = TestMail.awaitMailTo(MEMBER, "It names a child.");
		assertThat(TestMail.text(rejected)).contains(title);
		assertThat(stories.find(story.id()).orElseThrow().status()).isEqualTo(StoryStatus.REJECTED);
	}

	@Test
	void someoneElsesStoryCannotBeRevised() throws Exception {
		String title = unique("Mine only");
		send(form(title, null));
		var story = storyTitled(title);
		stories.sendBack(story.id(), "A note");
		var other = new Visitor(port);
		other.signIn("volunteer@wraparound.example", "wraparound-demo");
		assertThat(other.get("/stories/" + story.id() + "/revise").status()).isEqualTo(404);
		assertThat(other.get("/staff/stories/" + story.id()).status()).isEqualTo(403);
	}

	@Test
	void thePublicListFiltersByThemeCommunityAndLanguage() {
		var grief = publish(unique("Remembering June"), Theme.GRIEF, Language.FR);
		var caring = publish(unique("Caring for Dad"), Theme.CARING, Language.EN);
		var visitor = new Visitor(port);

		assertThat(visitor.get("/stories").body()).contains(grief.title(), caring.title());
		assertThat(visitor.get("/stories?theme=GRIEF").body()).contains(grief.title()).doesNotContain(caring.title());
		assertThat(visitor.get("/stories?language=en").body()).contains(caring.title()).doesNotContain(grief.title());
		assertThat(visitor.get("/stories?community=maple-grove-compassionate-community&theme=CARING").body())
			.contains(caring.title()).doesNotContain(grief.title());
		assertThat(visitor.get("/stories?theme=nonsense&language=xx&community=nowhere").status()).isEqualTo(200);
		for (String language : new String[] { "en", "fr" }) {
			assertThat(HtmlChecker.errors(new Visitor(port).speaking(language).get("/stories?theme=GRIEF").body()))
				.isEmpty();
		}
	}

	@Test
	void theFeaturedStoryIsOnTheHomePage() {
		var story = publish(unique("On the home page"), Theme.NEIGHBOURS, Language.EN);
		var staffVisitor = staffSignedIn();
		staffVisitor.post("/staff/stories/" + story.id() + "/feature", Map.of());

		var home = new Visitor(port).get("/");
		assertThat(home.body()).contains(story.title(), "/stories/" + story.id());
		assertThat(HtmlChecker.errors(home.body())).isEmpty();
		assertThat(stories.featured().map(StoryView::id)).contains(story.id());
		// the demo's example story is back on the home page for the other tests
		stories.published(StoryFilter.none()).stream().filter(s -> s.title().equals(DemoStories.TITLE)).findFirst()
			.ifPresent(demo -> stories.feature(demo.id()));
	}

	@Test
	void staffAndAuthorPagesAreValidInBothLanguages() {
		for (String language : new String[] { "en", "fr" }) {
			var author = new Visitor(port).speaking(language);
			author.signIn(MEMBER, "wraparound-demo");
			author.get("/?lang=" + language);
			for (String path : new String[] { "/stories/new", "/stories/mine", "/stories" }) {
				var page = author.get(path);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(HtmlChecker.errors(page.body())).as("%s in %s", path, language).isEmpty();
			}
			var staffVisitor = new Visitor(port).speaking(language);
			staffVisitor.signIn("staff@wraparound.example", "wraparound-demo");
			staffVisitor.get("/?lang=" + language);
			assertThat(HtmlChecker.errors(staffVisitor.get("/staff/stories").body())).isEmpty();
		}
	}

	private StoryView publish(String title, Theme theme, Language language) {
		var id = stories.submit(new SubmitStory(member, maple.id(), title, "Words.", language, theme, Optional.empty(),
				"", List.of(new Consent("Maria", ConsentWay.SELF, LocalDate.of(2026, 1, 1)))));
		stories.approve(id);
		return stories.find(id).orElseThrow();
	}
}
