package cn.gongkai.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public lookup shows of a case: never the complainant's identity, only where the case stands and, once
 * published, the address of its result on the column.
 */
public record CaseStatus(String trackingNo, String categoryLabel, LocalDate submittedOn, String stage,
		Long publishedVersionId, List<Step> steps) {

	/** One step of the case: what, the day it was done (null while it is not), and its time limit in words. */
	public record Step(String name, LocalDate doneOn, String limit) {
	}

}
