package cn.gongkai.obligation;

/** One unit's obligations due in a period: how many, met on time, met late, still open, and of those open how many past their due time. */
public record DueFigures(int due, int onTime, int late, int stillOpen, int overdue) {
}
