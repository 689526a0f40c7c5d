package cn.gongkai.waterquality;

import java.time.YearMonth;

/** The months a water table may report, and what the period is called on the page. */
public record WaterMonths(YearMonth first, YearMonth last, String name) {
}
