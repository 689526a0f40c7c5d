package cn.gongkai.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as Chinese staff type it: {@code 2026-12-07}, {@code 2026/12/7}, {@code 2026.12.7} or {@code 2026年12月7日}
 * (a time after the day, as an older client sent it, is ignored). Anything else, or a day that does not exist, is no
 * day: the caller refuses it with its own Chinese message, never guesses.
 */
public final class Days {

	private static final Pattern DAY = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T ][0-9:.+\\-Z]*)?");

	private Days() {
	}

	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = DAY.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * An optional day of a filter form: none when left empty; when typed but no day, none and a Chinese problem naming
	 * the field, so that the page shows the problem beside an unfiltered list rather than an error page.
	 */
	public static LocalDate optional(String text, String label, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return parse(text).orElseGet(() -> {
			problems.add(label + "无法识别，请按 2026-12-07 或 2026/12/7 的格式填写");
			return null;
		});
	}

}
