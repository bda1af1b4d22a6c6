package org.wraparound.volunteers.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.Neighbourhood;
import org.wraparound.helping.HelpKind;
import org.wraparound.volunteers.Answers;
import org.wraparound.volunteers.AvailabilitySlot;
import org.wraparound.volunteers.DateRange;
import org.wraparound.volunteers.Reference;
import org.wraparound.volunteers.Step;

/**
 * Every answer of the application as typed, step by step. A step's form posts only its own fields; they are laid
 * over the saved answers ({@link #onto}), checked ({@link #problems}) and turned into {@link Answers}.
 */
public record ApplicationForm(String motivation, List<String> kinds, List<String> domains, String skills,
		List<String> languages, String otherLanguages, String interests, String neighbourhood, String latitude,
		String longitude, String travelKm,
		String licence, String vehicle, String seats, String wheelchair, List<String> slots, String weeklyLimit,
		List<String> awayFrom, List<String> awayTo, String reference1Name, String reference1Contact,
		String reference2Name, String reference2Contact) {

	static final int AWAY_ROWS = 3;

	/** The choice of place that means "the point I picked on the map" rather than a neighbourhood. */
	public static final String ON_THE_MAP = "map";
	static final List<String> OWN_LANGUAGES = List.of("en", "fr");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern PHONE = Pattern.compile("[+()\\d][\\d\\s().+-]{6,24}");
	private static final Pattern LANGUAGE = Pattern.compile("[\\p{L} '’-]{2,40}");

	public ApplicationForm {
		kinds = kinds == null ? List.of() : kinds;
		domains = domains == null ? List.of() : domains;
		languages = languages == null ? List.of() : languages;
		slots = slots == null ? List.of() : slots;
		awayFrom = awayFrom == null ? List.of() : awayFrom;
		awayTo = awayTo == null ? List.of() : awayTo;
	}

	/** The form as the saved answers fill it. */
	static ApplicationForm of(Answers answers) {
		List<String> from = new ArrayList<>();
		List<String> to = new ArrayList<>();
		answers.away().forEach(range -> {
			from.add(range.from().toString());
			to.add(range.to().toString());
		});
		return new ApplicationForm(answers.motivation(), names(answers.kinds()), names(answers.domains()),
				answers.skills(), answers.languages().stream().filter(OWN_LANGUAGES::contains).toList(),
				String.join(", ", answers.languages().stream().filter(code -> !OWN_LANGUAGES.contains(code))
					.sorted().toList()),
				answers.interests(), answers.neighbourhood() != null ? answers.neighbourhood().toString()
						: answers.latitude() != null ? ON_THE_MAP : null,
				answers.neighbourhood() == null ? text(answers.latitude()) : null,
				answers.neighbourhood() == null ? text(answers.longitude()) : null, text(answers.travelKm()), flag(answers.licence()), flag(answers.vehicle()), text(answers.seats()),
				flag(answers.wheelchairVehicle()),
				answers.availability().stream().map(AvailabilitySlot::code).toList(), text(answers.weeklyLimit()),
				from, to, answers.reference1().name(), answers.reference1().contact(), answers.reference2().name(),
				answers.reference2().contact());
	}

	/** The saved form with this step's fields taken from this one (what was just posted). */
	ApplicationForm onto(Step step, ApplicationForm saved) {
		boolean help = step == Step.HELP;
		boolean skill = step == Step.SKILLS;
		boolean travel = step == Step.TRAVEL;
		boolean time = step == Step.TIME;
		boolean refs = step == Step.REFERENCES;
		boolean place = step == Step.PLACE;
		return new ApplicationForm(step == Step.MOTIVATION ? motivation : saved.motivation,
				help ? kinds : saved.kinds, help ? domains : saved.domains, skill ? skills : saved.skills,
				skill ? languages : saved.languages, skill ? otherLanguages : saved.otherLanguages,
				skill ? interests : saved.interests, place ? neighbourhood : saved.neighbourhood,
				place ? latitude : saved.latitude, place ? longitude : saved.longitude, travel ? travelKm : saved.travelKm, travel ? licence : saved.licence, travel ? vehicle : saved.vehicle,
				travel ? seats : saved.seats, travel ? wheelchair : saved.wheelchair, time ? slots : saved.slots,
				time ? weeklyLimit : saved.weeklyLimit, time ? awayFrom : saved.awayFrom,
				time ? awayTo : saved.awayTo, refs ? reference1Name : saved.reference1Name,
				refs ? reference1Contact : saved.reference1Contact, refs ? reference2Name : saved.reference2Name,
				refs ? reference2Contact : saved.reference2Contact);
	}

	/** What is wrong with this step's answers, field by field, as message keys; empty when it may be saved. */
	Map<String, String> problems(Step step, List<Neighbourhood> neighbourhoods) {
		Map<String, String> problems = new LinkedHashMap<>();
		switch (step) {
			case MOTIVATION -> {
				if (blank(motivation)) {
					problems.put("motivation", "volunteers.error.motivation");
				}
				tooLong(problems, "motivation", motivation, 2000);
			}
			case HELP -> {
				if (kinds.isEmpty() || !kinds.stream().allMatch(kind -> known(HelpKind.class, kind))) {
					problems.put("kinds", "volunteers.error.kinds");
				}
				if (!domains.stream().allMatch(domain -> known(SupportDomain.class, domain))) {
					problems.put("domains", "volunteers.error.domains");
				}
			}
			case SKILLS -> {
				tooLong(problems, "skills", skills, 1000);
				tooLong(problems, "interests", interests, 1000);
				if (!OWN_LANGUAGES.containsAll(languages)) {
					problems.put("languages", "volunteers.error.languages");
				}
				else if (!blank(otherLanguages) && (otherLanguages.length() > 200 || !otherList().stream()
					.allMatch(other -> LANGUAGE.matcher(other).matches()))) {
					problems.put("otherLanguages", "volunteers.error.other-languages");
				}
				else if (languages.isEmpty() && otherList().isEmpty()) {
					problems.put("languages", "volunteers.error.languages");
				}
			}
			case PLACE -> {
				if (onTheMap()) {
					if (coordinate(latitude, 90).isEmpty()) {
						problems.put("latitude", "volunteers.error.latitude");
					}
					if (coordinate(longitude, 180).isEmpty()) {
						problems.put("longitude", "volunteers.error.longitude");
					}
				}
				else if (!neighbourhoods.isEmpty() && place(neighbourhoods).isEmpty()) {
					problems.put("neighbourhood", "volunteers.error.neighbourhood");
				}
			}
			case TRAVEL -> {
				if (number(travelKm, 1, 100).isEmpty()) {
					problems.put("travelKm", "volunteers.error.travel");
				}
				if (!blank(seats) && number(seats, 1, 8).isEmpty()) {
					problems.put("seats", "volunteers.error.seats");
				}
			}
			case TIME -> timeProblems(problems);
			case REFERENCES -> {
				reference(problems, "reference1", reference1Name, reference1Contact);
				reference(problems, "reference2", reference2Name, reference2Contact);
			}
		}
		return problems;
	}

	private void timeProblems(Map<String, String> problems) {
		if (slots.isEmpty() || slots.size() > 21
				|| !slots.stream().allMatch(slot -> AvailabilitySlot.parse(slot).isPresent())) {
			problems.put("slots", "volunteers.error.slots");
		}
		if (number(weeklyLimit, 1, 14).isEmpty()) {
			problems.put("weeklyLimit", "volunteers.error.weekly-limit");
		}
		if (awayFrom.size() > AWAY_ROWS || awayTo.size() > AWAY_ROWS) {
			problems.put("away", "volunteers.error.away");
			return;
		}
		for (int row = 0; row < Math.max(awayFrom.size(), awayTo.size()); row++) {
			String from = row < awayFrom.size() ? awayFrom.get(row) : null;
			String to = row < awayTo.size() ? awayTo.get(row) : null;
			if (blank(from) && blank(to)) {
				continue;
			}
			Optional<LocalDate> start = date(from);
			Optional<LocalDate> end = date(to);
			if (start.isEmpty() || end.isEmpty()) {
				problems.put("away", "volunteers.error.away");
			}
			else if (end.get().isBefore(start.get())) {
				problems.put("away", "volunteers.error.away-order");
			}
		}
	}

	/** The answers, once every step's problems are empty. */
	Answers toAnswers(List<Neighbourhood> neighbourhoods) {
		Set<String> spoken = new LinkedHashSet<>(languages);
		spoken.addAll(otherList());
		Optional<Neighbourhood> place = place(neighbourhoods);
		List<DateRange> away = new ArrayList<>();
		for (int row = 0; row < Math.min(awayFrom.size(), awayTo.size()); row++) {
			var start = date(awayFrom.get(row));
			var end = date(awayTo.get(row));
			if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())) {
				away.add(new DateRange(start.get(), end.get()));
			}
		}
		boolean hasVehicle = on(vehicle);
		return new Answers(clean(motivation), parsed(kinds, HelpKind.class), parsed(domains, SupportDomain.class),
				clean(skills), spoken, clean(interests), place.map(found -> found.id().value()).orElse(null),
				onTheMap() ? coordinate(latitude, 90).orElse(null) : place.map(Neighbourhood::latitude).orElse(null),
				onTheMap() ? coordinate(longitude, 180).orElse(null) : place.map(Neighbourhood::longitude).orElse(null),
				number(travelKm, 1, 100).orElse(null), on(licence), hasVehicle,
				hasVehicle ? number(seats, 1, 8).orElse(null) : null, hasVehicle && on(wheelchair),
				new LinkedHashSet<>(slots.stream().map(AvailabilitySlot::parse).flatMap(Optional::stream).toList()),
				away.stream().distinct().toList(), number(weeklyLimit, 1, 14).orElse(null),
				new Reference(clean(reference1Name), clean(reference1Contact)),
				new Reference(clean(reference2Name), clean(reference2Contact)));
	}

	/** The away rows to show: those saved or typed, then empty ones up to {@link #AWAY_ROWS}. */
	public List<String[]> awayRows() {
		List<String[]> rows = new ArrayList<>();
		for (int row = 0; row < AWAY_ROWS; row++) {
			rows.add(new String[] { row < awayFrom.size() ? awayFrom.get(row) : null,
					row < awayTo.size() ? awayTo.get(row) : null });
		}
		return rows;
	}

	public boolean checked(List<String> values, String value) {
		return values.contains(value);
	}

	private List<String> otherList() {
		if (blank(otherLanguages)) {
			return List.of();
		}
		return Arrays.stream(otherLanguages.split("[,;]")).map(String::strip).filter(part -> !part.isEmpty())
			.map(part -> part.toLowerCase(Locale.ROOT)).filter(part -> !OWN_LANGUAGES.contains(part)).toList();
	}

	/** Whether the place is a point picked on the map (or typed) rather than a neighbourhood. */
	public boolean onTheMap() {
		return ON_THE_MAP.equals(neighbourhood);
	}

	/**
	 * A latitude or longitude within {@code limit} degrees, rounded to three decimals (about 100 m), so that no more
	 * than an approximate place is kept.
	 */
	static Optional<Double> coordinate(String text, double limit) {
		if (blank(text) || text.length() > 20) {
			return Optional.empty();
		}
		try {
			double value = Double.parseDouble(text.strip().replace(',', '.'));
			if (!Double.isFinite(value) || Math.abs(value) > limit) {
				return Optional.empty();
			}
			return Optional.of(Math.round(value * 1000) / 1000.0);
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	private Optional<Neighbourhood> place(List<Neighbourhood> neighbourhoods) {
		return neighbourhoods.stream().filter(found -> found.id().toString().equals(neighbourhood)).findFirst();
	}

	private static void reference(Map<String, String> problems, String field, String name, String contact) {
		if (blank(name) || name.length() > 200) {
			problems.put(field + "Name", "volunteers.error.reference-name");
		}
		if (blank(contact) || contact.length() > 200
				|| !(EMAIL.matcher(contact.strip()).matches() || PHONE.matcher(contact.strip()).matches())) {
			problems.put(field + "Contact", "volunteers.error.reference-contact");
		}
	}

	private static void tooLong(Map<String, String> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.put(field, "volunteers.error.too-long");
		}
	}

	private static <E extends Enum<E>> boolean known(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.name().equals(name));
	}

	private static <E extends Enum<E>> Set<E> parsed(List<String> names, Class<E> type) {
		Set<E> values = new LinkedHashSet<>();
		names.stream().filter(name -> known(type, name)).forEach(name -> values.add(Enum.valueOf(type, name)));
		return values;
	}

	private static Optional<Integer> number(String text, int min, int max) {
		if (blank(text) || text.strip().length() > 6) {
			return Optional.empty();
		}
		try {
			int value = Integer.parseInt(text.strip());
			return value >= min && value <= max ? Optional.of(value) : Optional.empty();
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> date(String text) {
		if (blank(text) || text.length() > 10) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	private static List<String> names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}

	private static String text(Double value) {
		return value == null ? null : value.toString();
	}

	private static String flag(boolean value) {
		return value ? "true" : null;
	}

	private static boolean on(String value) {
		return "true".equals(value);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String clean(String value) {
		return value == null ? "" : value.strip().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
	}
}
