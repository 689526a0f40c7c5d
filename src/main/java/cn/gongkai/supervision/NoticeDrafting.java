package cn.gongkai.supervision;

import java.time.YearMonth;

/**
 * Puts a drafted public notice (通报) on its way: a record of the office that its drafters complete and that goes
 * through the review chain to the column like any other. One notice per month. Implemented by the process layer.
 */
public interface NoticeDrafting {

	/** The month's notice: drafted now, or the one drafted before (nothing new is drafted then). */
	Drafted draft(YearMonth month, NoticeDraft draft, String requestedBy);

	record NoticeDraft(String title, String summary, String body) {
	}

	record Drafted(long recordId, boolean created) {
	}

}
