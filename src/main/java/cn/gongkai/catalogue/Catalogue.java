package cn.gongkai.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The disclosure types of the notice and the sections of the public column, as read from {@code catalogue.json}.
 * Processes, deadlines and the column take their facts from here.
 */
public record Catalogue(List<Section> sections, List<DisclosureType> types) {

	public enum Cadence {
		TWICE_MONTHLY, YEARLY, EVENT, EVENT_AND_TWICE_MONTHLY;

		public boolean isTwiceMonthly() {
			return this == TWICE_MONTHLY || this == EVENT_AND_TWICE_MONTHLY;
		}

	}

	public record Section(String key, String name, String group) {
	}

	/**
	 * @param eventPeriod for a type an event opens: the working days from the event to the due time, and the rule as
	 * the staff read it; null for the scheduled types
	 * @param sectionsOwedSeparately each unit owes each of the type's sections every period (the monitoring types: a
	 * unit that publishes air and water quality updates both each half-month), rather than one record in a section
	 * of its choice
	 * @param onRequest answers to applications for information (依申请公开): reviewed like every record, sent to the
	 * applicant, never on the column, so with no section
	 * @param yearlyDue for a yearly type whose day the law fixes ({@code 01-31}: the annual report, 条例第四十九条),
	 * that day instead of the configured one
	 */
	public record DisclosureType(String key, String name, List<String> sections, List<String> units, Cadence cadence,
			String deadline, String legalBasis, int defaultGrade, EventPeriod eventPeriod,
			boolean sectionsOwedSeparately, boolean onRequest, String yearlyDue) {

		/** The day a yearly obligation of this type is due, or empty when the configured day applies. */
		public java.util.Optional<java.time.MonthDay> yearlyDueDay() {
			return yearlyDue == null ? java.util.Optional.empty() : java.util.Optional.of(java.time.MonthDay.parse("--" + yearlyDue));
		}

		/** The type's period after its event; refused at start-up if a type that needs one has none. */
		public EventPeriod requiredEventPeriod() {
			if (eventPeriod == null) {
				throw new IllegalStateException("catalogue.json: type " + key + " has no eventPeriod");
			}
			return eventPeriod;
		}

	}

	/** N working days from an event (the day after it counts first), with the wording the due time explains. */
	public record EventPeriod(int workingDays, String wording) {
	}

	/** Section names by key, as pages show them beside a record. */
	public Map<String, String> sectionNames() {
		return sections.stream().collect(Collectors.toUnmodifiableMap(Section::key, Section::name));
	}

	/** Type names by key, as pages show them beside an obligation or a record. */
	public Map<String, String> typeNames() {
		return types.stream().collect(Collectors.toUnmodifiableMap(DisclosureType::key, DisclosureType::name));
	}

	public Optional<Section> section(String key) {
		return sections.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	public DisclosureType type(String key) {
		return types.stream()
			.filter(t -> t.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No disclosure type '" + key + "' in catalogue.json"));
	}

	/** Every mistake, each naming its entry, so that start-up can refuse the file with one clear message. */
	List<String> problems(Set<String> knownUnits) {
		List<String> problems = new ArrayList<>();
		Set<String> sectionKeys = new HashSet<>();
		for (Section s : sections == null ? List.<Section>of() : sections) {
			if (blank(s.key()) || blank(s.name()) || blank(s.group())) {
				problems.add("section " + s.key() + ": key, name and group are required");
			}
			else if (!sectionKeys.add(s.key())) {
				problems.add("section " + s.key() + ": listed twice");
			}
		}
		Set<String> typeKeys = new HashSet<>();
		for (DisclosureType t : types == null ? List.<DisclosureType>of() : types) {
			String entry = "type " + t.key();
			if (blank(t.key()) || !typeKeys.add(t.key())) {
				problems.add(entry + ": key missing or listed twice");
			}
			if (blank(t.name()) || blank(t.deadline()) || blank(t.legalBasis())) {
				problems.add(entry + ": name, deadline and legalBasis are required");
			}
			if (t.cadence() == null) {
				problems.add(entry + ": cadence is required");
			}
			if (t.eventPeriod() != null && (t.eventPeriod().workingDays() < 1 || t.eventPeriod().workingDays() > 366
					|| blank(t.eventPeriod().wording()))) {
				problems.add(entry + ": eventPeriod needs 1 to 366 working days and its wording");
			}
			if (t.yearlyDue() != null) {
				try {
					t.yearlyDueDay();
				}
				catch (java.time.format.DateTimeParseException ex) {
					problems.add(entry + ": yearlyDue must be MM-DD, not '" + t.yearlyDue() + "'");
				}
			}
			if (t.defaultGrade() < 1 || t.defaultGrade() > 3) {
				problems.add(entry + ": defaultGrade must be 1, 2 or 3, not " + t.defaultGrade());
			}
			if (t.onRequest()) {
				if (t.sections() != null && !t.sections().isEmpty()) {
					problems.add(entry + ": answers on request are never on the column, so have no section");
				}
			}
			else if (t.sections() == null || t.sections().isEmpty()) {
				problems.add(entry + ": no section of the column");
			}
			else {
				t.sections().stream()
					.filter(s -> !sectionKeys.contains(s))
					.forEach(s -> problems.add(entry + ": unknown section '" + s + "'"));
			}
			if (t.units() == null || t.units().isEmpty()) {
				problems.add(entry + ": no responsible unit");
			}
			else {
				t.units().stream()
					.filter(u -> !knownUnits.contains(u))
					.forEach(u -> problems.add(entry + ": unknown unit '" + u + "'"));
			}
		}
		if (typeKeys.isEmpty()) {
			problems.add("catalogue.json lists no disclosure type");
		}
		return problems;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
