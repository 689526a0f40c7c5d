package cn.gongkai.supervision;

/**
 * One unit's obligations due in a month: met in time, met late, and still open (due = onTime + late + open), and of
 * the open ones, those whose due time has passed.
 */
public record UnitFigures(String unitId, String unitName, int due, int onTime, int late, int open, int overdue) {

	/** A unit the office names in its notice: it met something late, or leaves something past its due time. */
	public boolean fellBehind() {
		return late > 0 || overdue > 0;
	}

}
