package org.wraparound.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An entry as typed into the form or read from a CSV row, every field as text. {@link #problems()} says what is
 * wrong, field by field, as message keys; an input without problems becomes an {@link Entry}.
 */
public record EntryInput(String name, String category, String descriptionEn, String descriptionFr, String phone,
		String email, String website, String hours, String address, String latitude, String longitude,
		String languages, String accessibility, String maintainedBy) {

	/** The fields in the order of the form and of the CSV columns. */
	public static final List<String> FIELDS = List.of("name", "category", "descriptionEn", "descriptionFr", "phone",
			"email", "website", "hours", "address", "latitude", "longitude", "languages", "accessibility",
			"maintainedBy");

	private static final Map<String, Integer> MAX = Map.ofEntries(Map.entry("name", 120), Map.entry("category", 40),
			Map.entry("descriptionEn", 2000), Map.entry("descriptionFr", 2000), Map.entry("phone", 40),
			Map.entry("email", 254), Map.entry("website", 300), Map.entry("hours", 500), Map.entry("address", 300),
			Map.entry("latitude", 20), Map.entry("longitude", 20), Map.entry("languages", 300),
			Map.entry("accessibility", 1000), Map.entry("maintainedBy", 120));

	private static final List<String> MULTILINE = List.of("descriptionEn", "descriptionFr", "hours", "accessibility");
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
	private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\t]");
	private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]{7,30}( ?(x|ext\\.?|poste) ?[0-9]{1,6})?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{1,10})?");

	public EntryInput {
		name = clean(name);
		category = clean(category);
		descriptionEn = clean(descriptionEn);
		descriptionFr = clean(descriptionFr);
		phone = clean(phone);
		email = clean(email);
		website = clean(website);
		hours = clean(hours);
		address = clean(address);
		latitude = clean(latitude);
		longitude = clean(longitude);
		languages = clean(languages);
		accessibility = clean(accessibility);
		maintainedBy = clean(maintainedBy);
	}

	/** An empty form. */
	public static EntryInput empty() {
		return new EntryInput("", "", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	/** The form filled with what an entry says now. */
	public static EntryInput of(Entry entry) {
		return new EntryInput(entry.name(), entry.category().name(), entry.descriptionEn(), entry.descriptionFr(),
				entry.phone(), entry.email(), entry.website(), entry.hours(), entry.address(),
				entry.point().map(point -> String.valueOf(point.latitude())).orElse(""),
				entry.point().map(point -> String.valueOf(point.longitude())).orElse(""),
				String.join(", ", entry.languages()), entry.accessibility(), entry.maintainedBy());
	}

	/** The value of a field, by its name in {@link #FIELDS}. */
	public String get(String field) {
		return switch (field) {
			case "name" -> name;
			case "category" -> category;
			case "descriptionEn" -> descriptionEn;
			case "descriptionFr" -> descriptionFr;
			case "phone" -> phone;
			case "email" -> email;
			case "website" -> website;
			case "hours" -> hours;
			case "address" -> address;
			case "latitude" -> latitude;
			case "longitude" -> longitude;
			case "languages" -> languages;
			case "accessibility" -> accessibility;
			case "maintainedBy" -> maintainedBy;
			default -> throw new IllegalArgumentException("No field " + field);
		};
	}

	/** What is wrong, as field name to message key, in the order of the fields; empty when all is well. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		for (String field : FIELDS) {
			String value = get(field);
			if (CONTROL.matcher(value).find() || (!MULTILINE.contains(field) && LINE_BREAK.matcher(value).find())) {
				problems.put(field, "directory.field.invalid");
			}
			else if (value.length() > MAX.get(field)) {
				problems.put(field, "directory.field.too-long." + MAX.get(field));
			}
		}
		if (!problems.containsKey("name") && name.isEmpty()) {
			problems.put("name", "directory.name.required");
		}
		if (!problems.containsKey("category") && Category.parse(category).isEmpty()) {
			problems.put("category", category.isEmpty() ? "directory.category.required" : "directory.category.unknown");
		}
		if (!problems.containsKey("phone") && !phone.isEmpty()
				&& (!PHONE.matcher(phone).matches() || phone.replaceAll("\\D", "").length() < 7)) {
			problems.put("phone", "directory.phone.invalid");
		}
		if (!problems.containsKey("email") && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
			problems.put("email", "directory.email.invalid");
		}
		if (!problems.containsKey("website") && !website.isEmpty() && webAddress(website).isEmpty()) {
			problems.put("website", "directory.website.invalid");
		}
		checkNumber(problems, "latitude", latitude, 90);
		checkNumber(problems, "longitude", longitude, 180);
		if (!problems.containsKey("latitude") && !problems.containsKey("longitude")
				&& latitude.isEmpty() != longitude.isEmpty()) {
			problems.put(latitude.isEmpty() ? "latitude" : "longitude", "directory.point.both");
		}
		if (!problems.containsKey("languages") && languageList().stream().anyMatch(language -> language.length() > 40)) {
			problems.put("languages", "directory.languages.invalid");
		}
		return problems;
	}

	/** The entry this input describes; only for an input without {@link #problems()}. */
	Entry toEntry(EntryId id, Instant checkedAt) {
		Optional<Point> point = latitude.isEmpty() ? Optional.empty()
				: Optional.of(new Point(number(latitude), number(longitude)));
		return new Entry(id, name, Category.parse(category).orElseThrow(), descriptionEn, descriptionFr, phone, email,
				webAddress(website).orElse(""), hours, address, point, languageList(), accessibility, maintainedBy,
				checkedAt);
	}

	private List<String> languageList() {
		return Arrays.stream(languages.split("[,;\\n]")).map(String::strip).filter(language -> !language.isEmpty())
			.distinct().toList();
	}

	private static void checkNumber(Map<String, String> problems, String field, String text, double limit) {
		if (problems.containsKey(field) || text.isEmpty()) {
			return;
		}
		String plain = plainNumber(text);
		if (!DECIMAL.matcher(plain).matches()) {
			problems.put(field, "directory.point.number");
		}
		else if (Math.abs(Double.parseDouble(plain)) > limit) {
			problems.put(field, "directory." + field + ".range");
		}
	}

	private static double number(String text) {
		return Double.parseDouble(plainNumber(text));
	}

	/** A comma may stand for the decimal point, as in French, and the typographic minus for a minus. */
	private static String plainNumber(String text) {
		return text.strip().replace(',', '.').replace('\u2212', '-');
	}

	/** An http or https address with a host; {@code www.example.org} alone is taken as https. */
	static Optional<String> webAddress(String text) {
		String candidate = text.contains("://") ? text : "https://" + text;
		try {
			URI uri = new URI(candidate);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getHost().contains(".") && uri.getUserInfo() == null) {
				return Optional.of(candidate);
			}
		}
		catch (URISyntaxException notAnAddress) {
			// falls through: not an address we link to
		}
		return Optional.empty();
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip();
	}
}
