package org.wraparound;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Chooses the database for a test run. By default tests use in-memory H2 (see {@code application-test.properties}).
 * When the system property {@code wraparound.test.database=postgresql} is set (the build's second test run), a
 * fresh PostgreSQL database is created for this run, Spring is pointed at it, and it is dropped when the run ends,
 * so that an edited migration never meets an old schema.
 * <p>
 * Where to create it: {@code WRAPAROUND_TEST_PG_URL} (a database the user can connect to, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}), {@code WRAPAROUND_TEST_PG_USER} (default {@code postgres}) and
 * {@code WRAPAROUND_TEST_PG_PASSWORD}. The user needs the right to create databases. When PostgreSQL cannot be
 * reached the tests are skipped with the reason, unless {@code WRAPAROUND_TEST_REQUIRE_POSTGRES=true}, as in CI,
 * where they fail.
 */
public final class TestDatabase implements ExecutionCondition {

	public static final boolean POSTGRES = "postgresql"
		.equals(System.getProperty("wraparound.test.database", "").toLowerCase(Locale.ROOT));

	private static String unavailable;
	private static boolean created;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!POSTGRES) {
			return ConditionEvaluationResult.enabled("in-memory H2");
		}
		String problem = ensureCreated();
		if (problem == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL");
		}
		if (Boolean.parseBoolean(env("WRAPAROUND_TEST_REQUIRE_POSTGRES", "false"))) {
			throw new IllegalStateException("PostgreSQL is required for this run but " + problem);
		}
		return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + problem);
	}

	private static synchronized String ensureCreated() {
		if (created || unavailable != null) {
			return unavailable;
		}
		String adminUrl = env("WRAPAROUND_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String user = env("WRAPAROUND_TEST_PG_USER", "postgres");
		String password = env("WRAPAROUND_TEST_PG_PASSWORD", "");
		String name = "wraparound_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			unavailable = "cannot create a database at " + adminUrl + " as " + user + " (" + e.getMessage() + ")";
			System.out.println(unavailable);
			return unavailable;
		}
		String url = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", user);
		System.setProperty("spring.datasource.password", password);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, user, password, name)));
		created = true;
		System.out.println("Testing on a fresh PostgreSQL database: " + url);
		return null;
	}

	private static void drop(String adminUrl, String user, String password, String name) {
		try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException e) {
			System.err.println("Could not drop test database " + name + ": " + e.getMessage());
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
