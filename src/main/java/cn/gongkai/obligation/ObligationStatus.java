package cn.gongkai.obligation;

/** Where an obligation stands. Whether it was met in time follows from its due and closing times. */
public enum ObligationStatus {

	/** Waiting for the unit. */
	OPEN,
	/** The record was published. */
	PUBLISHED,
	/** Reviewed and lawfully withheld (条例第十四至十六条): the unit has done what was due. */
	WITHHELD,
	/** Done without a record of its own (a launch-plan milestone). */
	DONE,
	/** Overtaken by events, for example an incident update when the incident ended. */
	CANCELLED

}
