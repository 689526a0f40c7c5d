package cn.gongkai.application;

import java.util.EnumMap;
import java.util.Map;

/**
 * A year's applications as the national annual report counts them, by kind of applicant: received in the year
 * (by the day of receipt), carried over from the year before, closed in the year by outcome, carried into the next.
 * Every application received by the year's end and not closed before it is in exactly one of the last two.
 */
public record ApplicationYear(int year, Map<ApplicantKind, Integer> received, Map<ApplicantKind, Integer> carriedOver,
		Map<OutcomeRow, Map<ApplicantKind, Integer>> outcomes, Map<ApplicantKind, Integer> carriedForward) {

	/** A year with every figure 0, to be counted into. */
	public static ApplicationYear zero(int year) {
		Map<OutcomeRow, Map<ApplicantKind, Integer>> outcomes = new EnumMap<>(OutcomeRow.class);
		for (OutcomeRow row : OutcomeRow.values()) {
			outcomes.put(row, zeros());
		}
		return new ApplicationYear(year, zeros(), zeros(), outcomes, zeros());
	}

	static Map<ApplicantKind, Integer> zeros() {
		Map<ApplicantKind, Integer> map = new EnumMap<>(ApplicantKind.class);
		for (ApplicantKind kind : ApplicantKind.values()) {
			map.put(kind, 0);
		}
		return map;
	}

}
