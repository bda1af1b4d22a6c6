package org.wraparound;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free port, started before the application so that
 * {@code spring.mail.host} and {@code spring.mail.port} point at it. Tests read what it received with
 * {@link #received()}, {@link #receivedBy(String)} and {@link #awaitMailTo(String, int)}.
 */
public final class TestMail implements ExecutionCondition {

	private static GreenMail server;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return ConditionEvaluationResult.enabled("SMTP on port " + server().getSmtp().getPort());
	}

	private static synchronized GreenMail server() {
		if (server == null) {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			catch (IOException e) {
				throw new IllegalStateException("No free port for the test mail server", e);
			}
			server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			System.setProperty("spring.mail.host", "127.0.0.1");
			System.setProperty("spring.mail.port", String.valueOf(port));
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	/** Every mail received so far, oldest first. */
	public static List<MimeMessage> received() {
		return Arrays.asList(server().getReceivedMessages());
	}

	/** The mails received so far for {@code address}. */
	public static List<MimeMessage> receivedBy(String address) {
		return received().stream().filter(message -> isFor(message, address)).toList();
	}

	/** Waits (up to 20 seconds) until {@code address} has received at least {@code count} mails, and returns them. */
	public static List<MimeMessage> awaitMailTo(String address, int count) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(address), mails -> mails.size() >= count);
	}

	/**
	 * Waits (up to 20 seconds) for a mail to {@code address} whose subject or text contains {@code words}, and returns
	 * it. Other mails may arrive in between (such as offers of help to a demo volunteer, made by other tests).
	 */
	public static MimeMessage awaitMailTo(String address, String words) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> receivedBy(address).stream().filter(message -> about(message, words)).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	private static boolean about(MimeMessage message, String words) {
		try {
			return String.valueOf(message.getSubject()).contains(words) || text(message).contains(words);
		}
		catch (jakarta.mail.MessagingException unreadable) {
			return false;
		}
	}

	/** The first link in a mail's text whose path starts with {@code path}, such as {@code /verify-email}. */
	public static String link(MimeMessage message, String path) {
		var matcher = java.util.regex.Pattern.compile("https?://[^/\\s]+(" + java.util.regex.Pattern.quote(path)
				+ "[^\\s\"<>]*)").matcher(text(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in: " + text(message));
		}
		return matcher.group(1);
	}

	/** Forgets every mail received. */
	public static void clear() {
		try {
			server().purgeEmailFromAllMailboxes();
		}
		catch (FolderException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The plain-text part of a mail. */
	public static String text(MimeMessage message) {
		try {
			return text((Part) message);
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static boolean isFor(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null
					&& Arrays.stream(recipients).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
