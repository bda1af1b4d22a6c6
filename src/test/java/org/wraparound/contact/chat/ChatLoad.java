package org.wraparound.contact.chat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, bounded load tool for the live chat, run by hand against a running application (never by the test
 * suite): it opens {@code streams} chats, each with its event stream held open, has staff answer {@code active} of
 * them, then for {@code seconds} sends one line a second in each active chat, alternately from staff and from the
 * visitor, and measures from the start of the POST to the line's arrival on the other side's stream.
 * <p>
 * The application must be open for chats (office hours) and allow this many chats and lines from one address:
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -jar target/wraparound-0.1.0-SNAPSHOT.jar --server.port=18090 --wraparound.data-dir=/tmp/chat-load \
 *   --wraparound.rate-limits.chat-open-per-ip.capacity=1000000 \
 *   --wraparound.rate-limits.chat-message-per-chat.capacity=1000000
 * java -cp target/test-classes org.wraparound.contact.chat.ChatLoad http://localhost:18090 5000 50 60
 * </pre>
 *
 * Arguments: base URL, streams (default 5000), active chats (50), seconds of sending (60). Staff sign in as the
 * demo staff member. Only the JDK is used: one {@link HttpClient}, cookies kept by hand, streams read without a
 * thread each.
 */
public final class ChatLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** A line staff sent (read on the visitor's stream) or the visitor sent (read on the staff's stream). */
	private static final Pattern FROM_STAFF = Pattern.compile("probe-s-\\d+-\\d+");

	private static final Pattern FROM_VISITOR = Pattern.compile("probe-v-\\d+-\\d+");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(30)).build();

	private final String base;

	private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

	private final Queue<Long> toVisitor = new ConcurrentLinkedQueue<>();

	private final Queue<Long> toStaff = new ConcurrentLinkedQueue<>();

	/** The slowest arrival of each second of sending, by direction: one bad second shows as one, not as a trend. */
	private final Map<String, Long> slowestBySecond = new ConcurrentHashMap<>();

	private final AtomicInteger openStreams = new AtomicInteger();

	private ChatLoad(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		int streams = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
		int active = args.length > 2 ? Integer.parseInt(args[2]) : 50;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
		new ChatLoad(base).run(streams, Math.min(active, streams), seconds);
		System.exit(0);
	}

	private void run(int streams, int active, int seconds) throws Exception {
		long started = System.nanoTime();
		Session staff = signIn("staff@wraparound.example", "wraparound-demo");
		List<Session> visitors = Collections.synchronizedList(new ArrayList<>());
		var permits = new Semaphore(64);
		var opening = new ArrayList<CompletableFuture<Void>>();
		for (int i = 0; i < streams; i++) {
			String name = i < active ? "Active " + i : "Idle " + i;
			permits.acquire();
			opening.add(CompletableFuture.runAsync(() -> {
				try {
					visitors.add(openChat(name));
					if (visitors.size() % 500 == 0) {
						System.out.printf("%d chats open after %d s%n", visitors.size(),
								(System.nanoTime() - started) / 1_000_000_000);
					}
				}
				catch (Exception e) {
					System.err.println(name + ": " + e);
				}
				finally {
					permits.release();
				}
			}));
		}
		CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).join();
		System.out.printf("%d chats open, %d streams open after %d s%n", visitors.size(), openStreams.get(),
				(System.nanoTime() - started) / 1_000_000_000);

		Map<Integer, String> ids = claimActive(staff, active);
		stream(staff, "/staff/chat/stream", FROM_VISITOR, toStaff);
		List<Session> talking = visitors.stream().filter(visitor -> visitor.name.startsWith("Active ")).toList();
		System.out.printf("%d chats answered by staff; %d streams open%n", ids.size(), openStreams.get());

		for (int second = 0; second < seconds; second++) {
			long tick = System.nanoTime();
			for (Session visitor : talking) {
				int chat = Integer.parseInt(visitor.name.substring("Active ".length()));
				if (second % 2 == 0 && ids.containsKey(chat)) {
					send(staff, "/staff/chat/" + ids.get(chat) + "/messages", "probe-s-" + chat + "-" + second);
				}
				else {
					send(visitor, "/chat/messages", "probe-v-" + chat + "-" + second);
				}
			}
			long rest = 1_000_000_000L - (System.nanoTime() - tick);
			if (rest > 0) {
				Thread.sleep(rest / 1_000_000);
			}
		}
		Thread.sleep(3000);
		report("staff to visitor", toVisitor);
		report("visitor to staff", toStaff);
		List<Long> all = new ArrayList<>(toVisitor);
		all.addAll(toStaff);
		report("both ways", all);
		slowestBySecond.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
			.forEach(slow -> System.out.printf("slowest: %s (s: staff sent, v: visitor sent) %d ms%n", slow.getKey(),
					slow.getValue()));
		System.out.printf("sent %d lines, %d arrived on the other side; %d streams still open%n", sentAt.size(), all.size(),
				openStreams.get());
	}

	private void send(Session session, String path, String probe) {
		sentAt.put(probe, System.nanoTime());
		var request = request(session, path).header("HX-Request", "true")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("message=" + probe + "&_csrf=" + encode(session.csrf))).build();
		http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
			if (response.statusCode() / 100 != 2) {
				System.err.println(probe + ": status " + response.statusCode());
			}
		});
	}

	private Session openChat(String name) throws Exception {
		var session = new Session(name);
		get(session, "/chat?from=/load");
		var opened = post(session, "/chat", "name=" + encode(name) + "&message=Hello&from=%2Fload");
		if (opened.statusCode() != 302) {
			throw new IllegalStateException("opening a chat answered " + opened.statusCode());
		}
		stream(session, "/chat/stream", FROM_STAFF, toVisitor);
		return session;
	}

	private Map<Integer, String> claimActive(Session staff, int active) throws Exception {
		Map<Integer, String> ids = new ConcurrentHashMap<>();
		Matcher waiting = Pattern.compile("<strong>Active (\\d+)</strong>[\\s\\S]*?action=\"/staff/chat/([0-9a-f-]+)/claim\"")
			.matcher(get(staff, "/staff/chat/queue").body());
		while (waiting.find() && ids.size() < active) {
			ids.put(Integer.parseInt(waiting.group(1)), waiting.group(2));
		}
		get(staff, "/staff/chat");
		for (String id : ids.values()) {
			post(staff, "/staff/chat/" + id + "/claim", "");
		}
		get(staff, "/staff/chat");
		return ids;
	}

	/** Holds a stream open, noting when each probe line arrives, without a thread of its own. */
	private void stream(Session session, String path, Pattern probes, Queue<Long> latencies) {
		var request = request(session, path).setHeader("Accept", "text/event-stream").GET().build();
		var lines = new Flow.Subscriber<String>() {

			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				openStreams.incrementAndGet();
				subscription.request(Long.MAX_VALUE);
			}

			@Override
			public void onNext(String line) {
				if (!line.startsWith("data:")) {
					return;
				}
				Matcher probe = probes.matcher(line);
				if (probe.find()) {
					Long sent = sentAt.get(probe.group());
					if (sent != null) {
						long latency = (System.nanoTime() - sent) / 1_000_000;
						latencies.add(latency);
						String[] parts = probe.group().split("-");
						slowestBySecond.merge(parts[1] + " second " + parts[3], latency, Math::max);
					}
				}
			}

			@Override
			public void onError(Throwable throwable) {
				openStreams.decrementAndGet();
			}

			@Override
			public void onComplete() {
				openStreams.decrementAndGet();
			}
		};
		http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(lines));
	}

	private HttpResponse<String> get(Session session, String path) throws Exception {
		return session.keep(http.send(request(session, path).GET().build(), HttpResponse.BodyHandlers.ofString()));
	}

	private HttpResponse<String> post(Session session, String path, String form) throws Exception {
		String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + encode(session.csrf);
		return session.keep(http.send(request(session, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
	}

	private Session signIn(String email, String password) throws Exception {
		var session = new Session("staff");
		get(session, "/signin");
		var signedIn = post(session, "/signin", "email=" + encode(email) + "&password=" + encode(password));
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("staff could not sign in: " + signedIn.statusCode());
		}
		get(session, "/staff/chat");
		return session;
	}

	private HttpRequest.Builder request(Session session, String path) {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html").header("Accept-Language", "en");
		if (session.cookie != null) {
			builder.header("Cookie", session.cookie);
		}
		return builder;
	}

	private static void report(String what, java.util.Collection<Long> latencies) {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			System.out.printf("%s: nothing arrived%n", what);
			return;
		}
		System.out.printf("%s: %d lines, p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", what, sorted.size(),
				percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted.get(sorted.size() - 1));
	}

	private static long percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One browser: its session cookie and the CSRF token of the last page it saw. */
	private static final class Session {

		private final String name;
		private volatile String cookie;
		private volatile String csrf = "";

		Session(String name) {
			this.name = name;
		}

		HttpResponse<String> keep(HttpResponse<String> response) {
			response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
				.findFirst().ifPresent(value -> cookie = value.substring(0, value.indexOf(';') > 0 ? value.indexOf(';') : value.length()));
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				csrf = matcher.group(1);
			}
			return response;
		}
	}
}
