package cn.gongkai.supervision;

/**
 * Puts a drafted public notice (通报) on its way: a record of the office that its drafters complete and that goes
 * through the review chain to the column like any other. Implemented by the process layer.
 */
public interface NoticeDrafting {

	/** Returns the new record's id. */
	long draft(NoticeDraft draft, String requestedBy);

	record NoticeDraft(String title, String summary, String body) {
	}

}
