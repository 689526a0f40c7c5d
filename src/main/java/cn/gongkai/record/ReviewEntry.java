package cn.gongkai.record;

import java.time.OffsetDateTime;

/** One written review decision: who, when, on what basis, concluding what. */
public record ReviewEntry(long id, long recordId, int versionNo, ReviewLevel level, String reviewerId, String decision,
		LegalBasis legalBasis, String basis, String conclusion, OffsetDateTime decidedAt) {

	public boolean approving() {
		return ReviewDecision.APPROVE.name().equals(decision) || SecrecyOutcome.PUBLISH.name().equals(decision);
	}

	public String decisionLabel() {
		for (ReviewDecision d : ReviewDecision.values()) {
			if (d.name().equals(decision)) {
				return d.label();
			}
		}
		return SecrecyOutcome.valueOf(decision).label();
	}

}
