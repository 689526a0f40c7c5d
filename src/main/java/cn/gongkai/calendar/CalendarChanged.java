package cn.gongkai.calendar;

/** Published, inside the loading transaction, when an administrator has replaced a year's arrangement. */
public record CalendarChanged(int year) {
}
