package org.wraparound.contact.chat;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** The lines of an open event stream, read as they arrive, for a test to wait for. */
final class EventLines implements AutoCloseable {

	private final List<String> lines = new CopyOnWriteArrayList<>();
	private final Stream<String> body;
	private final Thread reader;

	EventLines(HttpResponse<Stream<String>> response) {
		this.body = response.body();
		this.reader = new Thread(() -> {
			try {
				body.forEach(lines::add);
			}
			catch (RuntimeException closed) {
				// the test closed the stream, or the server ended it
			}
		}, "event-lines");
		reader.setDaemon(true);
		reader.start();
	}

	/** Waits (up to 10 seconds) for a line containing {@code text}, and returns it. */
	String waitFor(String text) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().filter(line -> line.contains(text))
			.findFirst().orElse(null), line -> line != null);
	}

	boolean anyContains(String text) {
		return lines.stream().anyMatch(line -> line.contains(text));
	}

	List<String> lines() {
		return List.copyOf(lines);
	}

	@Override
	public void close() {
		body.close();
	}
}
