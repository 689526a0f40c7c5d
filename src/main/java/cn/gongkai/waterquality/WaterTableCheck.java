package cn.gongkai.waterquality;

import static cn.gongkai.datatable.TableCells.at;
import static cn.gongkai.datatable.TableCells.blank;
import static cn.gongkai.datatable.TableCells.cell;
import static cn.gongkai.datatable.TableCells.firstNonBlank;
import static cn.gongkai.datatable.TableCells.headingName;
import static cn.gongkai.datatable.TableCells.headingUnit;
import static cn.gongkai.datatable.TableCells.normal;
import static cn.gongkai.datatable.TableCells.number;
import static cn.gongkai.datatable.TableCells.refuseIfAny;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.record.Days;

/**
 * Reads a water table into site-months, refusing the whole table with every problem it has, each by row and column:
 * an unknown site or column, a unit other than the standard's, a month outside the period, a duplicate site-month, a
 * value that is missing (surface water's basic items), not a number, negative or impossible (pH outside 0–14), and the
 * suspect (dissolved oxygen above 20 mg/L; ammonia nitrogen above total nitrogen, BOD5 or the permanganate index above
 * COD: the first is part of the second).
 */
final class WaterTableCheck {

	static final String MONTH = "月份";

	/** Columns a downloaded table carries that the system computes or keeps itself: read past, never trusted. */
	static final List<String> IGNORED = List.of("所在水体", "水体", "河流", "水质类别", "目标", "水质目标", "目标类别", "达标情况",
			"是否达标", "超标项目");

	/** Dissolved oxygen saturates at about 14.6 mg/L in fresh water at 0 ℃; far above it is a typing error. */
	static final BigDecimal DO_SUSPECT = new BigDecimal("20");

	static final BigDecimal PH_MAX = new BigDecimal("14");

	static final BigDecimal TOO_LARGE = new BigDecimal("1000000000");

	private static final Pattern MONTH_TEXT = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");

	private final WaterKind kind;

	private final Map<String, WaterSite> sites;

	private final YearMonth first;

	private final YearMonth last;

	WaterTableCheck(WaterKind kind, List<WaterSite> sites, YearMonth first, YearMonth last) {
		this.kind = kind;
		this.sites = new LinkedHashMap<>();
		sites.stream().filter(s -> s.kind() == kind).forEach(s -> this.sites.put(normal(s.name()), s));
		this.first = first;
		this.last = last;
	}

	List<SiteMonth> read(List<List<String>> rows) {
		List<String> problems = new ArrayList<>();
		int headerAt = firstNonBlank(rows);
		if (headerAt == rows.size()) {
			throw new DataRefusedException("表格是空的：第一行应为列名（" + kind.siteNoun() + "、月份和各监测项目），可下载模板填写");
		}
		Columns columns = columns(rows.get(headerAt), headerAt + 1, problems);
		refuseIfAny(problems);
		List<SiteMonth> months = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = headerAt + 1; i < rows.size(); i++) {
			if (!blank(rows.get(i))) {
				row(rows.get(i), i + 1, columns, seen, problems).ifPresent(months::add);
			}
		}
		if (months.isEmpty() && problems.isEmpty()) {
			problems.add("表格只有列名，没有数据行");
		}
		refuseIfAny(problems);
		return months;
	}

	private record Columns(int site, int month, Map<WaterItem, Integer> items) {
	}

	private Columns columns(List<String> header, int rowNo, List<String> problems) {
		int site = -1;
		int month = -1;
		Map<WaterItem, Integer> items = new EnumMap<>(WaterItem.class);
		for (int c = 0; c < header.size(); c++) {
			String heading = header.get(c).strip();
			if (heading.isEmpty()) {
				continue;
			}
			String name = normal(headingName(heading));
			if (name.equals(normal(kind.siteNoun())) || name.equals(normal(kind.siteNoun() + "名称"))) {
				site = c;
				continue;
			}
			if (name.equals(MONTH) || name.equals("监测月份")) {
				month = c;
				continue;
			}
			if (IGNORED.stream().anyMatch(i -> normal(i).equals(name)) || name.endsWith("类别")) {
				continue;
			}
			Optional<WaterItem> item = WaterItem.named(headingName(heading));
			if (item.isEmpty()) {
				problems.add("第 " + rowNo + " 行第 " + (c + 1) + " 列：未知的列名“" + heading + "”");
				continue;
			}
			if (kind == WaterKind.SURFACE && !item.get().hasClasses()) {
				problems.add("第 " + rowNo + " 行“" + heading + "”列：" + item.get().label()
						+ "是饮用水源地的补充或特定项目，地表水断面表格不填");
				continue;
			}
			String unit = headingUnit(heading);
			if (!unitMatches(item.get(), unit)) {
				problems.add("第 " + rowNo + " 行“" + heading + "”列：" + item.get().label() + "的单位应为 " + item.get().unit()
						+ (unit.isEmpty() ? "，请在列名后注明，如 " + item.get().heading() : "，不是 " + unit));
			}
			if (items.put(item.get(), c) != null) {
				problems.add("第 " + rowNo + " 行：“" + item.get().label() + "”列出现了两次");
			}
		}
		if (site < 0) {
			problems.add("第 " + rowNo + " 行：缺少“" + kind.siteNoun() + "”列");
		}
		if (month < 0) {
			problems.add("第 " + rowNo + " 行：缺少“" + MONTH + "”列");
		}
		if (kind == WaterKind.SURFACE) {
			WaterItem.SURFACE_REQUIRED.stream()
				.filter(required -> !items.containsKey(required))
				.forEach(required -> problems.add("第 " + rowNo + " 行：缺少“" + required.heading() + "”列"));
		}
		else if (items.isEmpty()) {
			problems.add("第 " + rowNo + " 行：没有监测项目列（如 " + WaterItem.NH3N.heading() + "）");
		}
		return new Columns(site, month, items);
	}

	/** mg/L as people type it (mg/l); pH needs none; faecal coliforms are counted per litre (个/L or MPN/L). */
	private static boolean unitMatches(WaterItem item, String unit) {
		String u = normal(unit);
		return switch (item) {
			case PH -> u.isEmpty() || u.equals("无量纲");
			case FC -> u.equals("个/l") || u.equals("mpn/l");
			default -> u.equals(normal(item.unit()));
		};
	}

	private Optional<SiteMonth> row(List<String> row, int rowNo, Columns columns, Set<String> seen,
			List<String> problems) {
		int before = problems.size();
		String siteName = cell(row, columns.site());
		WaterSite site = sites.get(normal(siteName));
		if (site == null) {
			problems.add(at(rowNo, kind.siteNoun()) + (siteName.isEmpty() ? "未填写" : "未知的" + kind.siteNoun() + "“" + siteName + "”")
					+ "（可填：" + String.join("、", sites.values().stream().map(WaterSite::name).toList()) + "）");
		}
		String monthText = cell(row, columns.month());
		Optional<YearMonth> month = month(monthText);
		if (month.isEmpty()) {
			problems.add(at(rowNo, MONTH) + (monthText.isEmpty() ? "未填写" : "“" + monthText + "”不是有效月份，请写作 2026-11"));
		}
		else if (month.get().isBefore(first) || month.get().isAfter(last)) {
			problems.add(at(rowNo, MONTH) + month.get() + " 不在本期可填报的月份（" + first + " 至 " + last + "）之内");
		}
		if (site != null && month.isPresent() && !seen.add(site.id() + "|" + month.get())) {
			problems.add("第 " + rowNo + " 行：" + site.name() + " " + month.get() + " 的数据重复");
		}
		Map<WaterItem, BigDecimal> values = new EnumMap<>(WaterItem.class);
		columns.items().forEach((item, c) -> value(row, rowNo, item, c, problems).ifPresent(v -> values.put(item, v)));
		if (kind == WaterKind.DRINKING && values.isEmpty() && problems.size() == before) {
			problems.add("第 " + rowNo + " 行：没有填写任何监测项目");
		}
		suspectPair(values, WaterItem.NH3N, WaterItem.TN, rowNo, problems);
		suspectPair(values, WaterItem.BOD5, WaterItem.COD, rowNo, problems);
		suspectPair(values, WaterItem.CODMN, WaterItem.COD, rowNo, problems);
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new SiteMonth(site.id(), month.get(), values, WaterAssessment.of(values, site.lake(), site.target())));
	}

	private Optional<BigDecimal> value(List<String> row, int rowNo, WaterItem item, int c, List<String> problems) {
		String text = cell(row, c);
		String column = item.label();
		if (text.isEmpty()) {
			if (kind == WaterKind.SURFACE && WaterItem.SURFACE_REQUIRED.contains(item)) {
				problems.add(at(rowNo, column) + "未填写（地表水断面每月须报" + WaterItem.SURFACE_REQUIRED.stream()
					.map(WaterItem::label)
					.reduce((a, b) -> a + "、" + b)
					.orElse("") + "）");
			}
			return Optional.empty();
		}
		Optional<BigDecimal> number = number(text);
		if (number.isEmpty()) {
			problems.add(at(rowNo, column) + "“" + text + "”不是数字（未检出请填检出限的一半或按本局规定填写）");
			return Optional.empty();
		}
		BigDecimal value = number.get().stripTrailingZeros();
		if (value.signum() < 0) {
			problems.add(at(rowNo, column) + "不能为负数（" + text + "）");
		}
		else if (value.scale() > 8 || value.compareTo(TOO_LARGE) >= 0) {
			problems.add(at(rowNo, column) + "“" + text + "”超出可记录的范围（最多八位小数）");
		}
		else if (item == WaterItem.PH && value.compareTo(PH_MAX) > 0) {
			problems.add(at(rowNo, column) + "pH 应在 0 至 14 之间（" + text + "）");
		}
		else if (item == WaterItem.DO && value.compareTo(DO_SUSPECT) > 0) {
			problems.add(at(rowNo, column) + "溶解氧 " + text + " mg/L 远超饱和浓度，请核对");
		}
		else {
			return Optional.of(value);
		}
		return Optional.empty();
	}

	/** A part above its whole: ammonia nitrogen is part of total nitrogen, BOD5 and the permanganate index of COD. */
	private static void suspectPair(Map<WaterItem, BigDecimal> values, WaterItem part, WaterItem whole, int rowNo,
			List<String> problems) {
		BigDecimal p = values.get(part);
		BigDecimal w = values.get(whole);
		if (p != null && w != null && p.compareTo(w) > 0) {
			problems.add(at(rowNo, part.label()) + part.label() + "（" + p.toPlainString() + "）大于" + whole.label() + "（"
					+ w.toPlainString() + "），请核对");
		}
	}

	/** 2026-11, 2026/11, 2026年11月, or a day of the month (the sampling day): the month it is in. */
	static Optional<YearMonth> month(String text) {
		Matcher m = MONTH_TEXT.matcher(text.strip());
		if (!m.matches()) {
			return Days.parse(text).map(YearMonth::from);
		}
		int month = Integer.parseInt(m.group(2));
		return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month))
				: Optional.empty();
	}

}
