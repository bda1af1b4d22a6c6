package org.wraparound.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

@WraparoundTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void anUnknownPageIsAFriendly404InEnglish() {
		var response = new Visitor(port).get("/join/nowhere");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"en\"", "We cannot find that page", "Go to the home page")
			.doesNotContain("Whitelabel", "Exception", "at org.");
	}

	@Test
	void andInFrench() {
		var response = new Visitor(port).speaking("fr-CA").get("/communities/nowhere");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"fr\"", "Nous ne trouvons pas cette page");
	}

	@Test
	void aFailureOnOurSideIsAFriendly500WithoutAStackTrace() {
		var visitor = new Visitor(port);
		visitor.signIn("staff@wraparound.example", "wraparound-demo");
		var response = visitor.get(FailingController.PATH);
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong on our side")
			.doesNotContain(FailingController.SECRET, "IllegalStateException", "at org.");
	}

	@Test
	void aMemberOnAStaffPageIsAFriendly403() {
		var visitor = new Visitor(port);
		visitor.signIn("member@wraparound.example", "wraparound-demo");
		var response = visitor.get("/staff/accounts");
		assertThat(response.status()).isEqualTo(403);
		// the demo member chose French for her account, so the pages switched at sign-in
		assertThat(response.body()).contains("Cette page ne vous est pas accessible");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedPolitely() {
		var response = new Visitor(port).postRaw("/signup", java.util.Map.of("name", "Ann", "email", "a@b.example"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).contains("This page is not open to you");
	}

	@Test
	void machinesAskingForJsonGetJsonWithoutDetails() throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/join/nowhere")).header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("trace", "exception");
	}
}
