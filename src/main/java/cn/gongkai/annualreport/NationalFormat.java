package cn.gongkai.annualreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.application.ApplicantKind;
import cn.gongkai.application.ApplicationYear;
import cn.gongkai.application.OutcomeRow;

/**
 * The report's tables laid out as the national format (国办公开办函〔2021〕30号) prints them, so that the office's page
 * and the column draw the same table: table two grouped by the item of article 20, table three with its merged
 * headings and a total column.
 */
public final class NationalFormat {

	public static final String PART_ONE = "一、总体情况";
	public static final String PART_TWO = "二、主动公开政府信息情况";
	public static final String PART_THREE = "三、收到和处理政府信息公开申请情况";
	public static final String PART_FOUR = "四、政府信息公开行政复议、行政诉讼情况";
	public static final String PART_FIVE = "五、存在的主要问题及改进情况";
	public static final String PART_SIX = "六、其他需要报告的事项";

	/** The keys of table three's rows other than the outcomes, as the JSON names them. */
	public static final String RECEIVED = "RECEIVED";
	public static final String CARRIED_OVER = "CARRIED_OVER";
	public static final String TOTAL = "TOTAL";
	public static final String CARRIED_FORWARD = "CARRIED_FORWARD";

	public static final String RECEIVED_LABEL = "一、本年新收政府信息公开申请数量";
	public static final String CARRIED_OVER_LABEL = "二、上年结转政府信息公开申请数量";
	public static final String OUTCOMES_LABEL = "三、本年度办理结果";
	public static final String TOTAL_LABEL = "（七）总计";
	public static final String CARRIED_FORWARD_LABEL = "四、结转下年度继续办理";

	/** Table three's applicant columns in the format's order: natural persons, then the five kinds of organisation. */
	public static final List<ApplicantKind> KINDS = List.of(ApplicantKind.values());
	public static final List<ApplicantKind> ORGANIZATIONS = KINDS.stream().filter(kind -> !kind.person()).toList();

	/** The outcome labels put a group and its item apart with an ideographic space: （三）不予公开　1.属于国家秘密. */
	private static final String ITEM_SEPARATOR = "\u3000";

	private NationalFormat() {
	}

	/** Under 法人或其他组织 the format heads the last kind 其他, the group's heading saying the rest. */
	public static String kindHeading(ApplicantKind kind) {
		return kind == ApplicantKind.OTHER_ORGANIZATION ? "其他" : kind.label();
	}

	/** Rows of table two that report under one item of article 20, and the columns that item has. */
	public record ActiveGroup(String article, List<ActiveRow.ActiveColumn> columns, List<ActiveRow> rows) {
	}

	public static List<ActiveGroup> activeGroups() {
		List<ActiveGroup> groups = new ArrayList<>();
		for (ActiveRow row : ActiveRow.values()) {
			ActiveGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last != null && last.article().equals(row.article()) && last.columns().equals(row.columns())) {
				List<ActiveRow> rows = new ArrayList<>(last.rows());
				rows.add(row);
				groups.set(groups.size() - 1, new ActiveGroup(last.article(), last.columns(), List.copyOf(rows)));
			}
			else {
				groups.add(new ActiveGroup(row.article(), row.columns(), List.of(row)));
			}
		}
		return List.copyOf(groups);
	}

	/** The most columns an item of table two has: the width its table is drawn to. */
	public static int activeWidth() {
		return activeGroups().stream().mapToInt(group -> group.columns().size()).max().orElse(1);
	}

	/** The row of table two the system counts itself rather than the office entering it. */
	public static boolean computed(ActiveRow row) {
		return row == AnnualReportCheck.COMPUTED_ACTIVE;
	}

	/**
	 * A figure of table two as the format writes it: a count as a whole number, money with two decimals. The stored
	 * figures all carry two decimals, which a count must not show.
	 */
	public static BigDecimal plain(ActiveRow.ActiveColumn column, BigDecimal value) {
		if (value == null) {
			return null;
		}
		return column.money() ? value.setScale(2, RoundingMode.HALF_UP)
				: new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	public static String figure(ActiveRow.ActiveColumn column, BigDecimal value) {
		return value == null ? "" : plain(column, value).toPlainString();
	}

	/**
	 * Table four's heading above its rows' columns, as the format prints the table on one line: 行政复议 alone, 行政诉讼
	 * over its two kinds ({@code RemedyRow}'s labels put a kind after its group and a colon).
	 */
	public record RemedyGroup(String label, List<RemedyRow> rows, boolean split) {
	}

	private static final String KIND_SEPARATOR = "：";

	public static List<RemedyGroup> remedyGroups() {
		Map<String, List<RemedyRow>> groups = new LinkedHashMap<>();
		for (RemedyRow row : RemedyRow.values()) {
			int separator = row.label().indexOf(KIND_SEPARATOR);
			groups.computeIfAbsent(separator < 0 ? row.label() : row.label().substring(0, separator), label -> new ArrayList<>())
				.add(row);
		}
		return groups.entrySet()
			.stream()
			.map(group -> new RemedyGroup(group.getKey(), List.copyOf(group.getValue()),
					group.getValue().get(0).label().contains(KIND_SEPARATOR)))
			.toList();
	}

	/** A row of table four under its group's heading: 未经复议直接起诉 under 行政诉讼. */
	public static String remedyKind(RemedyRow row) {
		int separator = row.label().indexOf(KIND_SEPARATOR);
		return separator < 0 ? row.label() : row.label().substring(separator + 1);
	}

	/** A heading cell of table three, with the rows and columns it spans. */
	public record Heading(String text, int rowspan, int colspan) {
	}

	/**
	 * One row of table three.
	 *
	 * @param key the row's name in the JSON: {@link #RECEIVED}, {@link #CARRIED_OVER}, an {@link OutcomeRow},
	 * {@link #TOTAL} or {@link #CARRIED_FORWARD}
	 * @param counted the row as {@code ApplicationService.counted} names it, to list the applications behind a figure
	 * @param label the row's full name, its part's heading included
	 * @param headings the heading cells this row opens (a cell opened by a row above and spanning this one is not
	 * repeated)
	 * @param cells each kind of applicant's figure
	 * @param total the row's total column
	 */
	public record ApplicationLine(String key, String counted, String label, List<Heading> headings,
			Map<ApplicantKind, Integer> cells, int total) {
	}

	public static List<ApplicationLine> applicationLines(ApplicationYear year) {
		List<ApplicationLine> lines = new ArrayList<>();
		lines.add(line(RECEIVED, "received", RECEIVED_LABEL, List.of(new Heading(RECEIVED_LABEL, 1, 3)), year.received()));
		lines.add(line(CARRIED_OVER, "carriedOver", CARRIED_OVER_LABEL, List.of(new Heading(CARRIED_OVER_LABEL, 1, 3)),
				year.carriedOver()));
		OutcomeRow[] outcomes = OutcomeRow.values();
		String openGroup = null;
		for (int i = 0; i < outcomes.length; i++) {
			OutcomeRow row = outcomes[i];
			List<Heading> headings = new ArrayList<>();
			if (i == 0) {
				headings.add(new Heading(OUTCOMES_LABEL, outcomes.length + 1, 1));
			}
			int separator = row.label().indexOf(ITEM_SEPARATOR);
			if (separator < 0) {
				openGroup = null;
				headings.add(new Heading(row.label(), 1, 2));
			}
			else {
				String group = row.label().substring(0, separator);
				if (!group.equals(openGroup)) {
					openGroup = group;
					int span = 0;
					for (int j = i; j < outcomes.length && outcomes[j].label().startsWith(group + ITEM_SEPARATOR); j++) {
						span++;
					}
					headings.add(new Heading(group, span, 1));
				}
				headings.add(new Heading(row.label().substring(separator + 1), 1, 1));
			}
			lines.add(line(row.name(), row.name(), OUTCOMES_LABEL + row.label(), headings, year.outcomes().get(row)));
		}
		lines.add(line(TOTAL, "total", OUTCOMES_LABEL + TOTAL_LABEL, List.of(new Heading(TOTAL_LABEL, 1, 2)),
				AnnualReports.totals(year)));
		lines.add(line(CARRIED_FORWARD, "carriedForward", CARRIED_FORWARD_LABEL,
				List.of(new Heading(CARRIED_FORWARD_LABEL, 1, 3)), year.carriedForward()));
		return List.copyOf(lines);
	}

	/** The line of table three a staff list names by {@code counted}; null for a name that is no row. */
	public static ApplicationLine line(ApplicationYear year, String counted) {
		return applicationLines(year).stream().filter(l -> l.counted().equals(counted)).findFirst().orElse(null);
	}

	private static ApplicationLine line(String key, String counted, String label, List<Heading> headings,
			Map<ApplicantKind, Integer> figures) {
		Map<ApplicantKind, Integer> cells = new LinkedHashMap<>();
		int total = 0;
		for (ApplicantKind kind : KINDS) {
			int figure = figures.getOrDefault(kind, 0);
			cells.put(kind, figure);
			total += figure;
		}
		return new ApplicationLine(key, counted, label, List.copyOf(headings), cells, total);
	}

}
