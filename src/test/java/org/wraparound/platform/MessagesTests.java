package org.wraparound.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text exists in English and in French, and every key a template names in full exists (keys built from a
 * prefix, such as {@code "error." + kind}, are checked by the pages that use them).
 */
class MessagesTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("page\\.t\\(\"([a-zA-Z0-9._-]+)\"[,)]");

	private final Properties english = load("messages.properties");
	private final Properties french = load("messages_fr.properties");

	@Test
	void everyKeyIsInBothLanguages() {
		assertThat(french.stringPropertyNames()).as("keys missing from messages_fr.properties")
			.containsAll(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).as("keys missing from messages.properties")
			.containsAll(french.stringPropertyNames());
	}

	@Test
	void noTextIsLeftEmpty() {
		english.forEach((key, value) -> assertThat(value.toString()).as("English %s", key).isNotBlank());
		french.forEach((key, value) -> assertThat(value.toString()).as("French %s", key).isNotBlank());
	}

	@Test
	void apostrophesAreTypographicSoMessageFormatKeepsThem() {
		Stream.of(english, french).forEach(messages -> messages.forEach((key, value) -> assertThat(value.toString())
			.as("%s uses ’ rather than '", key).doesNotContain("'")));
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> named = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".jte")).toList()) {
				Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					named.add(matcher.group(1));
				}
			}
		}
		assertThat(named).isNotEmpty();
		assertThat(english.stringPropertyNames()).containsAll(named);
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException | NullPointerException e) {
			throw new IllegalStateException("Cannot read " + name, e);
		}
		return properties;
	}
}
