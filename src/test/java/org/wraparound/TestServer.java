package org.wraparound;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Picks one free port for the test run before the application starts, and sets {@code server.port} and
 * {@code wraparound.base-url} together, since links in mail and passkeys are bound to the base URL.
 */
public final class TestServer implements ExecutionCondition {

	private static int port;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		port();
		return ConditionEvaluationResult.enabled("port " + port);
	}

	/** The port of the application under test. */
	public static synchronized int port() {
		if (port == 0) {
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			catch (IOException e) {
				throw new IllegalStateException("No free port for the test server", e);
			}
			System.setProperty("server.port", String.valueOf(port));
			System.setProperty("wraparound.base-url", "http://localhost:" + port);
		}
		return port;
	}
}
