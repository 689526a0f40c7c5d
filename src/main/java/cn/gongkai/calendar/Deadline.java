package cn.gongkai.calendar;

import java.time.LocalDate;

/**
 * A due day computed on the working-day calendar, with the reasoning a person can check. Provisional when the period
 * reaches into a year whose arrangement is not yet published.
 */
public record Deadline(LocalDate from, int workingDays, LocalDate due, boolean provisional, String explanation) {
}
