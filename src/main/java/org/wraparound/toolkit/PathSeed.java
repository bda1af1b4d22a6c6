package org.wraparound.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.wraparound.platform.Language;

/**
 * Reads the path the code ships: {@code toolkit/path.txt} lists the steps in order (phase, step, suggested week, seed
 * version, tools), and {@code toolkit/<language>/<step>.md} holds each guide: a {@code # title} line, the Markdown
 * body, then after a {@code <!-- checklist -->} line one {@code - item} per line. Every guide has the same number of
 * items in each language, in the same order, or the application does not start.
 */
final class PathSeed {

	static final String CHECKLIST = "<!-- checklist -->";

	private PathSeed() {
	}

	static List<SeedStep> load() {
		List<SeedStep> steps = new ArrayList<>();
		for (String line : read("toolkit/path.txt").split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
			String key = cells[1];
			Map<Language, SeedStep.Guide> guides = new EnumMap<>(Language.class);
			for (Language language : Language.values()) {
				guides.put(language, guide(read("toolkit/" + language.code() + "/" + key + ".md"), key));
			}
			List<String> tools = cells[4].equals("-") ? List.of() : List.of(cells[4].split("\\s*,\\s*"));
			SeedStep step = new SeedStep(key, cells[0], steps.size() + 1, Integer.parseInt(cells[2]),
					Integer.parseInt(cells[3]), tools, guides);
			if (guides.get(Language.EN).items().size() != guides.get(Language.FR).items().size()) {
				throw new IllegalStateException("The checklists of toolkit step " + key + " differ in length");
			}
			steps.add(step);
		}
		return List.copyOf(steps);
	}

	static SeedStep.Guide guide(String text, String key) {
		String normalized = text.replace("\r\n", "\n").strip();
		int split = normalized.indexOf(CHECKLIST);
		if (!normalized.startsWith("# ") || split < 0) {
			throw new IllegalStateException("Toolkit guide " + key + " needs a # title and a checklist");
		}
		int firstBreak = normalized.indexOf('\n');
		String title = normalized.substring(2, firstBreak).strip();
		String body = normalized.substring(firstBreak + 1, split).strip();
		List<String> items = normalized.substring(split + CHECKLIST.length()).lines().map(String::strip)
			.filter(line -> line.startsWith("- ")).map(line -> line.substring(2).strip()).toList();
		return new SeedStep.Guide(title, body, items);
	}

	private static String read(String path) {
		try (InputStream in = PathSeed.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing toolkit content: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
