package cn.gongkai.airquality;

import static cn.gongkai.datatable.TableCells.at;
import static cn.gongkai.datatable.TableCells.blank;
import static cn.gongkai.datatable.TableCells.cell;
import static cn.gongkai.datatable.TableCells.firstNonBlank;
import static cn.gongkai.datatable.TableCells.headingName;
import static cn.gongkai.datatable.TableCells.headingUnit;
import static cn.gongkai.datatable.TableCells.normal;
import static cn.gongkai.datatable.TableCells.normalUnit;
import static cn.gongkai.datatable.TableCells.number;
import static cn.gongkai.datatable.TableCells.refuseIfAny;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.record.Days;

/**
 * Reads a data table into station-days, refusing the whole table with every problem it has: an unknown station or
 * column, a unit other than the standard's, a day outside the period or after today, a duplicate station-day, a
 * value that is missing, not a number or negative, and a suspect pair (PM2.5 above PM10). Each problem names its row
 * (as the spreadsheet numbers it) and column.
 */
final class AirTableCheck {

	static final String STATION = "监测点位";

	static final String DAY = "日期";

	/** The columns the system computes (in a downloaded table): read past, never trusted. */
	static final List<String> COMPUTED = List.of("aqi", "级别", "类别", "首要污染物");

	private final Map<String, AirStation> stations;

	private final LocalDate first;

	private final LocalDate last;

	/**
	 * @param first the period's first day
	 * @param last the last day the table may report: the period's end, or today if that is earlier
	 */
	AirTableCheck(List<AirStation> stations, LocalDate first, LocalDate last) {
		this.stations = new LinkedHashMap<>();
		stations.forEach(s -> this.stations.put(normal(s.name()), s));
		this.first = first;
		this.last = last;
	}

	List<StationDay> read(List<List<String>> rows) {
		List<String> problems = new ArrayList<>();
		int headerAt = firstNonBlank(rows);
		if (headerAt == rows.size()) {
			throw new DataRefusedException("表格是空的：第一行应为列名（监测点位、日期和各项污染物），可下载模板填写");
		}
		Columns columns = columns(rows.get(headerAt), headerAt + 1, problems);
		if (!problems.isEmpty()) {
			throw new DataRefusedException(problems);
		}
		List<StationDay> days = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = headerAt + 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (!blank(row)) {
				row(row, i + 1, columns, seen, problems).ifPresent(days::add);
			}
		}
		if (days.isEmpty() && problems.isEmpty()) {
			problems.add("表格只有列名，没有数据行");
		}
		refuseIfAny(problems);
		return days;
	}

	private record Columns(int station, int day, Map<Pollutant, Integer> pollutants, List<String> names) {
	}

	private static Columns columns(List<String> header, int rowNo, List<String> problems) {
		int station = -1;
		int day = -1;
		Map<Pollutant, Integer> pollutants = new EnumMap<>(Pollutant.class);
		for (int c = 0; c < header.size(); c++) {
			String heading = header.get(c).strip();
			if (heading.isEmpty()) {
				continue;
			}
			String name = headingName(heading);
			String unit = headingUnit(heading);
			if (normal(name).equals(normal(STATION))) {
				station = c;
				continue;
			}
			if (normal(name).equals(normal(DAY))) {
				day = c;
				continue;
			}
			if (COMPUTED.contains(normal(name))) {
				continue;
			}
			Optional<Pollutant> pollutant = pollutant(name);
			if (pollutant.isEmpty()) {
				problems.add("第 " + rowNo + " 行第 " + (c + 1) + " 列：未知的列名“" + heading + "”");
				continue;
			}
			if (!normalUnit(unit).equals(normalUnit(pollutant.get().unit()))) {
				problems.add("第 " + rowNo + " 行“" + heading + "”列：" + pollutant.get().label() + "的单位应为 "
						+ pollutant.get().unit() + (unit.isEmpty() ? "，请在列名后注明，如 " + pollutant.get().code() + "("
								+ pollutant.get().unit() + ")" : "，不是 " + unit));
			}
			if (pollutants.put(pollutant.get(), c) != null) {
				problems.add("第 " + rowNo + " 行：“" + pollutant.get().code() + "”列出现了两次");
			}
		}
		if (station < 0) {
			problems.add("第 " + rowNo + " 行：缺少“" + STATION + "”列");
		}
		if (day < 0) {
			problems.add("第 " + rowNo + " 行：缺少“" + DAY + "”列");
		}
		for (Pollutant required : List.of(Pollutant.PM25, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.CO,
				Pollutant.O3_8H)) {
			if (!pollutants.containsKey(required)) {
				problems.add("第 " + rowNo + " 行：缺少“" + required.code() + "(" + required.unit() + ")”列");
			}
		}
		return new Columns(station, day, pollutants, header);
	}

	private Optional<StationDay> row(List<String> row, int rowNo, Columns columns, Set<String> seen,
			List<String> problems) {
		int before = problems.size();
		String stationName = cell(row, columns.station());
		AirStation station = stations.get(normal(stationName));
		if (station == null) {
			problems.add(at(rowNo, STATION) + (stationName.isEmpty() ? "未填写" : "未知的监测点位“" + stationName + "”")
					+ "（可填：" + String.join("、", stations.values().stream().map(AirStation::name).toList()) + "）");
		}
		String dayText = cell(row, columns.day());
		Optional<LocalDate> day = Days.parse(dayText);
		if (day.isEmpty()) {
			problems.add(at(rowNo, DAY) + (dayText.isEmpty() ? "未填写" : "“" + dayText + "”不是有效日期，请写作 2026-12-07"));
		}
		else if (day.get().isBefore(first) || day.get().isAfter(last)) {
			problems.add(at(rowNo, DAY) + day.get() + " 不在本期（" + first + " 至 " + last + "）之内");
		}
		if (station != null && day.isPresent() && !seen.add(station.id() + "|" + day.get())) {
			problems.add("第 " + rowNo + " 行：" + station.name() + " " + day.get() + " 的数据重复");
		}
		Map<Pollutant, BigDecimal> values = new EnumMap<>(Pollutant.class);
		columns.pollutants().forEach((pollutant, c) -> {
			String text = cell(row, c);
			String column = pollutant.code();
			if (text.isEmpty()) {
				if (pollutant != Pollutant.O3_1H) {
					problems.add(at(rowNo, column) + "未填写");
				}
				return;
			}
			Optional<BigDecimal> number = number(text);
			if (number.isEmpty()) {
				problems.add(at(rowNo, column) + "“" + text + "”不是数字");
				return;
			}
			BigDecimal value = number.get();
			if (value.signum() < 0) {
				problems.add(at(rowNo, column) + "浓度不能为负数（" + text + "）");
			}
			else if (value.scale() > 3 || value.compareTo(BigDecimal.valueOf(100_000)) >= 0) {
				problems.add(at(rowNo, column) + "“" + text + "”超出可记录的范围（最多三位小数）");
			}
			else {
				values.put(pollutant, value);
			}
		});
		BigDecimal pm25 = values.get(Pollutant.PM25);
		BigDecimal pm10 = values.get(Pollutant.PM10);
		if (pm25 != null && pm10 != null && pm25.compareTo(pm10) > 0) {
			problems.add(at(rowNo, Pollutant.PM25.code()) + "PM2.5（" + pm25.toPlainString() + "）大于 PM10（"
					+ pm10.toPlainString() + "），PM2.5 是 PM10 的一部分，请核对");
		}
		BigDecimal o3 = values.get(Pollutant.O3_8H);
		if (o3 != null && o3.compareTo(Pollutant.O3_8H.highestBreakpoint()) > 0 && !values.containsKey(Pollutant.O3_1H)) {
			problems.add(at(rowNo, Pollutant.O3_1H.code()) + "臭氧8小时浓度超过 800 μg/m³ 时按1小时浓度计算指数，须填写 O3_1h");
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new StationDay(station.id(), day.get(), values, AirQualityIndex.daily(values)));
	}




	private static Optional<Pollutant> pollutant(String name) {
		String n = normal(name);
		for (Pollutant p : Pollutant.values()) {
			if (normal(p.code()).equals(n) || normal(p.code()).replace(".", "").equals(n)) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}



}
