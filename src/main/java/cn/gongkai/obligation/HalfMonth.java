package cn.gongkai.obligation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of the twice-monthly cycle (郑环办〔2015〕146号: 每月15日、30日前分别更新一次): the first half opens on the
 * 1st and is due on the 15th; the second opens on the 16th and is due on the 30th, or the month's last day if shorter.
 */
record HalfMonth(YearMonth month, int half) {

	/** "2026-12-1", or "2026-12-1/air-quality" for an obligation owed in one section. */
	private static final Pattern OCCASION = Pattern.compile("(\\d{4}-\\d{2})-([12])(?:/.+)?");

	static HalfMonth containing(LocalDate day) {
		return new HalfMonth(YearMonth.from(day), day.getDayOfMonth() <= 15 ? 1 : 2);
	}

	/** The half-month an obligation's occasion names ("2026-12-1"); empty for an occasion of another kind. */
	static Optional<HalfMonth> ofOccasion(String occasion) {
		Matcher m = OCCASION.matcher(occasion == null ? "" : occasion);
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new HalfMonth(YearMonth.parse(m.group(1)), Integer.parseInt(m.group(2))));
	}

	LocalDate opens() {
		return month.atDay(half == 1 ? 1 : 16);
	}

	/** The half's last day: the 15th, or the month's last (a 31st belongs to the second half though it is due on the 30th). */
	LocalDate lastDay() {
		return half == 1 ? month.atDay(15) : month.atEndOfMonth();
	}

	LocalDate dueDay() {
		return half == 1 ? month.atDay(15) : month.atDay(Math.min(30, month.lengthOfMonth()));
	}

	String occasion() {
		return month + "-" + half;
	}

	String subject() {
		return month.getYear() + "年" + month.getMonthValue() + "月" + (half == 1 ? "上半月" : "下半月");
	}

	String rule() {
		if (half == 1) {
			return "每月15日前更新";
		}
		return month.lengthOfMonth() < 30 ? "每月30日前更新（" + month.getMonthValue() + "月无30日，为月末）" : "每月30日前更新";
	}

}
