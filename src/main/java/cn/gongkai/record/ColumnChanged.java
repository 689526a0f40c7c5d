package cn.gongkai.record;

/** Something new is on the column, or something on it changed: what the column has rendered is out of date. */
public record ColumnChanged(long recordId) {
}
