package cn.gongkai.obligation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One period of the twice-monthly cycle (郑环办〔2015〕146号: 每月15日、30日前分别更新一次): the first half opens on the
 * 1st and is due on the 15th; the second opens on the 16th and is due on the 30th, or the month's last day if shorter.
 */
record HalfMonth(YearMonth month, int half) {

	static HalfMonth containing(LocalDate day) {
		return new HalfMonth(YearMonth.from(day), day.getDayOfMonth() <= 15 ? 1 : 2);
	}

	LocalDate opens() {
		return month.atDay(half == 1 ? 1 : 16);
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
