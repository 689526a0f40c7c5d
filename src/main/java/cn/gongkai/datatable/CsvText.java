package cn.gongkai.datatable;

/** CSV as Excel on a Chinese Windows opens it: UTF-8 with a byte-order mark, cells quoted where they must be. */
public final class CsvText {

	public static final String BOM = "\uFEFF";

	private CsvText() {
	}

	/** A cell, quoted where it must be; a text that a spreadsheet would run as a formula is kept as text. */
	public static String cell(String text) {
		String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
				? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

}
