package cn.gongkai.datatable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How every data table's check reads a cell, names a place in the table and refuses a table with its problems. */
public final class TableCells {

	/** How many problems a refusal lists before it says how many more there are. */
	public static final int LISTED = 30;

	/**
	 * A unit in a heading's last brackets: it holds a slash or is the standard's 无量纲; a bracket without one is part of
	 * the name, as in 苯并(a)芘.
	 */
	private static final Pattern UNIT = Pattern.compile("(.*?)\\s*[(（]([^()（）]*(?:/|无量纲)[^()（）]*)[)）]\\s*");

	private TableCells() {
	}

	/** A name as a check matches it: without spaces, case folded ("银行 学校" is 银行学校). */
	public static String normal(String text) {
		return text.replaceAll("[\\s\u3000]", "").toLowerCase(Locale.ROOT);
	}

	/** A unit as people type it: µg/m3, ug/m3 and μg/m^3 are μg/m3; mg/l is mg/l. */
	public static String normalUnit(String unit) {
		return normal(unit).replace('µ', 'μ').replace("ug", "μg").replace("m^3", "m3").replace("m³", "m3");
	}

	public static String cell(List<String> row, int c) {
		return c >= 0 && c < row.size() && row.get(c) != null ? row.get(c).strip() : "";
	}

	public static boolean blank(List<String> row) {
		return row.stream().allMatch(c -> c == null || c.isBlank());
	}

	/** The place a problem is in, as a spreadsheet numbers rows and heads columns. */
	public static String at(int rowNo, String column) {
		return "第 " + rowNo + " 行“" + column + "”列：";
	}

	/** A heading's name: "NH3-N(mg/L)" is NH3-N, "苯并(a)芘(mg/L)" is 苯并(a)芘. */
	public static String headingName(String heading) {
		Matcher m = UNIT.matcher(heading.strip());
		return (m.matches() ? m.group(1) : heading).strip();
	}

	/** A heading's unit: "NH3-N(mg/L)" is mg/L; a heading without one has none. */
	public static String headingUnit(String heading) {
		Matcher m = UNIT.matcher(heading.strip());
		return m.matches() ? m.group(2).strip() : "";
	}

	/** A number as typed, thousands separators allowed; empty if it is not one. */
	public static Optional<BigDecimal> number(String text) {
		try {
			return Optional.of(new BigDecimal(text.replace("，", "").replace(",", "")));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Refuses the table if there is any problem, listing the first {@link #LISTED} and counting the rest. */
	public static void refuseIfAny(List<String> problems) {
		if (problems.isEmpty()) {
			return;
		}
		List<String> listed = new ArrayList<>(problems.subList(0, Math.min(LISTED, problems.size())));
		if (problems.size() > LISTED) {
			listed.add("另有 " + (problems.size() - LISTED) + " 处问题未列出");
		}
		throw new DataRefusedException(listed);
	}

	/** The index of the first row that is not blank, or the number of rows if every row is blank. */
	public static int firstNonBlank(List<List<String>> rows) {
		int at = 0;
		while (at < rows.size() && blank(rows.get(at))) {
			at++;
		}
		return at;
	}

}
