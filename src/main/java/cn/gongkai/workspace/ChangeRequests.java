package cn.gongkai.workspace;

import cn.gongkai.record.ChangeKind;

/** Starts the review of a correction or retraction; the workspace knows nothing of how. */
public interface ChangeRequests {

	/** Refused with a {@link cn.gongkai.record.RecordRefusedException}, and nothing stored, when the request is bad. */
	void request(long recordId, ChangeKind kind, String reason, String userId);

	/** Gives up a correction still being edited; refused once it is in review. */
	void giveUpCorrection(long recordId);

}
