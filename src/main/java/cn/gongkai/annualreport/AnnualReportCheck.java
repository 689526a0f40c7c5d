package cn.gongkai.annualreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gongkai.application.ApplicantKind;
import cn.gongkai.application.ApplicationYear;
import cn.gongkai.application.OutcomeRow;
import cn.gongkai.record.TextHygiene;

/**
 * Reads and checks a report before it is saved (docs/design.md §10): every entered figure a whole number (an amount of
 * money in ten-thousands of yuan with at most two decimals), not negative; every total the sum of its row; the
 * applications received and carried over equal to those closed and carried forward; and the applications carried
 * over equal to those last year's published report carried into this one. Each problem names its table, row and
 * column.
 */
final class AnnualReportCheck {

	static final int MAX_TEXT = 20_000;
	static final BigDecimal MAX_FIGURE = new BigDecimal("999999999999");
	static final ActiveRow COMPUTED_ACTIVE = ActiveRow.PENALTY;

	private AnnualReportCheck() {
	}

	/** The entered figures of table two, the computed penalty decisions among them. */
	static Map<ActiveRow, Map<ActiveRow.ActiveColumn, BigDecimal>> active(AnnualReportForm form, int penalties,
			List<String> problems) {
		Map<ActiveRow, Map<ActiveRow.ActiveColumn, BigDecimal>> table = new EnumMap<>(ActiveRow.class);
		for (ActiveRow row : ActiveRow.values()) {
			Map<ActiveRow.ActiveColumn, BigDecimal> cells = new EnumMap<>(ActiveRow.ActiveColumn.class);
			for (ActiveRow.ActiveColumn column : row.columns()) {
				if (row == COMPUTED_ACTIVE) {
					cells.put(column, BigDecimal.valueOf(penalties));
					continue;
				}
				String where = "表二“" + row.label() + "”的“" + column.label() + "”";
				figure(form.figures().get(AnnualReportForm.activeCell(row, column)), where, column.money(), problems)
					.ifPresent(value -> cells.put(column, value));
			}
			table.put(row, cells);
		}
		return table;
	}

	static Map<RemedyRow, Map<RemedyRow.RemedyColumn, Integer>> remedies(AnnualReportForm form, List<String> problems) {
		Map<RemedyRow, Map<RemedyRow.RemedyColumn, Integer>> table = new EnumMap<>(RemedyRow.class);
		for (RemedyRow row : RemedyRow.values()) {
			Map<RemedyRow.RemedyColumn, Integer> cells = new EnumMap<>(RemedyRow.RemedyColumn.class);
			for (RemedyRow.RemedyColumn column : RemedyRow.RemedyColumn.values()) {
				String where = "表四“" + row.label() + "”的“" + column.label() + "”";
				figure(form.figures().get(AnnualReportForm.remedyCell(row, column)), where, false, problems)
					.ifPresent(value -> {
						// Cases are kept as int: a figure beyond it is a slip, to be named rather than fail the save.
						if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
							problems.add(where + "过大");
						}
						else {
							cells.put(column, value.intValueExact());
						}
					});
			}
			if (cells.size() == RemedyRow.RemedyColumn.values().length) {
				long sum = (long) cells.get(RemedyRow.RemedyColumn.UPHELD) + cells.get(RemedyRow.RemedyColumn.CORRECTED)
						+ cells.get(RemedyRow.RemedyColumn.OTHER) + cells.get(RemedyRow.RemedyColumn.PENDING);
				if (sum != cells.get(RemedyRow.RemedyColumn.TOTAL)) {
					problems.add("表四“" + row.label() + "”的总计为 " + cells.get(RemedyRow.RemedyColumn.TOTAL)
							+ "，不等于结果维持、结果纠正、其他结果、尚未审结之和 " + sum);
				}
			}
			table.put(row, cells);
		}
		return table;
	}

	/**
	 * Table three adds up (each kind of applicant's received and carried over equal to its closed and carried
	 * forward), and its carried-over figures are those last year's report carried into this year.
	 */
	static void applications(ApplicationYear year, Optional<AnnualReport> lastYear, List<String> problems) {
		for (ApplicantKind kind : ApplicantKind.values()) {
			int in = year.received().get(kind) + year.carriedOver().get(kind);
			int out = closed(year, kind) + year.carriedForward().get(kind);
			if (in != out) {
				problems.add("表三“" + kind.label() + "”一栏：本年新收与上年结转之和 " + in + " 不等于办理结果总计与结转下年度之和 " + out);
			}
		}
		lastYear.ifPresent(last -> {
			for (ApplicantKind kind : ApplicantKind.values()) {
				int over = year.carriedOver().get(kind);
				int forward = last.applications().carriedForward().get(kind);
				if (over != forward) {
					problems.add("表三“二、上年结转政府信息公开申请数量”“" + kind.label() + "”一栏为 " + over + "，与已公布的"
							+ last.year() + "年度报告“四、结转下年度继续办理”的 " + forward + " 不一致");
				}
			}
		});
	}

	static int closed(ApplicationYear year, ApplicantKind kind) {
		int total = 0;
		for (OutcomeRow row : OutcomeRow.values()) {
			total += year.outcomes().get(row).get(kind);
		}
		return total;
	}

	static String text(String value, String label, boolean required, List<String> problems) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() && required) {
			problems.add("请填写" + label);
		}
		else if (text.length() > MAX_TEXT) {
			problems.add(label + "不能超过 " + MAX_TEXT + " 个字");
		}
		else {
			TextHygiene.problem(label, text).ifPresent(problems::add);
		}
		return text;
	}

	private static Optional<BigDecimal> figure(String text, String where, boolean money, List<String> problems) {
		String value = text == null ? "" : text.strip().replace(",", "").replace("，", "");
		if (value.isEmpty()) {
			problems.add("请填写" + where + "（没有的填 0）");
			return Optional.empty();
		}
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			problems.add(where + "不是数字：“" + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "”");
			return Optional.empty();
		}
		if (number.signum() < 0) {
			problems.add(where + "不能为负数");
			return Optional.empty();
		}
		if (number.compareTo(MAX_FIGURE) > 0) {
			problems.add(where + "过大");
			return Optional.empty();
		}
		if (money ? number.stripTrailingZeros().scale() > 2 : number.stripTrailingZeros().scale() > 0) {
			problems.add(where + (money ? "最多保留两位小数" : "应为整数"));
			return Optional.empty();
		}
		return Optional.of(money ? number.setScale(2) : number.setScale(0));
	}

}
