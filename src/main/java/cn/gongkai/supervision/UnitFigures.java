package cn.gongkai.supervision;

/** One unit's obligations due in a month: met in time, met late, and still open (due = onTime + late + open). */
public record UnitFigures(String unitId, String unitName, int due, int onTime, int late, int open) {

	/** A unit the office names in its notice. */
	public boolean fellBehind() {
		return late > 0 || open > 0;
	}

}
