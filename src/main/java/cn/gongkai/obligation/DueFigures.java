package cn.gongkai.obligation;

/** One unit's obligations due in a period: how many, met on time, met late, still open. */
public record DueFigures(int due, int onTime, int late, int stillOpen) {
}
