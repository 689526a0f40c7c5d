package cn.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One year's holiday arrangement as the State Council publishes it: days off, and make-up working days (调休). */
public record YearArrangement(int year, String source, List<Holiday> holidays) {

	public record Holiday(String name, LocalDate from, LocalDate to, List<LocalDate> workdays) {

		public List<LocalDate> workdaysOrEmpty() {
			return workdays == null ? List.of() : workdays;
		}

	}

	/** Every problem, each naming the entry it concerns, so an administrator can correct the file at once. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (year < 2000 || year > 2100) {
			problems.add("年份无效：" + year);
			return problems;
		}
		if (source == null || source.isBlank()) {
			problems.add(year + " 年：缺少来源（发布文件名称和日期）");
		}
		if (holidays == null || holidays.isEmpty()) {
			problems.add(year + " 年：没有任何节假日");
			return problems;
		}
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < holidays.size(); i++) {
			Holiday h = holidays.get(i);
			String entry = year + " 年第 " + (i + 1) + " 项" + (h.name() == null ? "" : "（" + h.name() + "）");
			if (h.name() == null || h.name().isBlank()) {
				problems.add(entry + "：缺少节日名称");
			}
			if (h.from() == null || h.to() == null) {
				problems.add(entry + "：缺少放假起止日期");
				continue;
			}
			if (h.to().isBefore(h.from())) {
				problems.add(entry + "：结束日期早于开始日期");
				continue;
			}
			for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
				if (d.getYear() != year) {
					problems.add(entry + "：放假日期 " + d + " 不在 " + year + " 年");
				}
				if (!seen.add(d)) {
					problems.add(entry + "：日期 " + d + " 重复");
				}
			}
			for (LocalDate w : h.workdaysOrEmpty()) {
				if (w.getYear() != year) {
					problems.add(entry + "：调休上班日 " + w + " 不在 " + year + " 年");
				}
				if (w.getDayOfWeek() != DayOfWeek.SATURDAY && w.getDayOfWeek() != DayOfWeek.SUNDAY) {
					problems.add(entry + "：调休上班日 " + w + " 不是周末");
				}
				if (!seen.add(w)) {
					problems.add(entry + "：日期 " + w + " 重复");
				}
			}
		}
		return problems;
	}

}
