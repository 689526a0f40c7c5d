package cn.gongkai.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a drafter types. A draft may be incomplete; {@link #problemsForSubmission()} says what is missing before it can
 * go to review, in the words the drafter will see.
 */
public record DraftContent(String title, String indexNo, String summary, String body, LocalDate dateFormed,
		boolean personalInfo, boolean majorConcern) {

	static final int TITLE_MAX = 200;
	static final int INDEX_NO_MAX = 64;
	static final int SUMMARY_MAX = 1000;
	static final int BODY_MAX = 200_000;

	public List<String> problemsForSubmission() {
		List<String> problems = new ArrayList<>();
		required(problems, title, "标题", TITLE_MAX);
		required(problems, indexNo, "索引号", INDEX_NO_MAX);
		required(problems, summary, "内容概述", SUMMARY_MAX);
		required(problems, body, "正文", BODY_MAX);
		if (dateFormed == null) {
			problems.add("生成日期不能为空");
		}
		return problems;
	}

	/** Lengths are checked even for drafts: the database would refuse them anyway, with a worse message. */
	public List<String> problemsForDraft() {
		List<String> problems = new ArrayList<>();
		tooLong(problems, title, "标题", TITLE_MAX);
		tooLong(problems, indexNo, "索引号", INDEX_NO_MAX);
		tooLong(problems, summary, "内容概述", SUMMARY_MAX);
		tooLong(problems, body, "正文", BODY_MAX);
		if (title == null || title.isBlank()) {
			problems.add("标题不能为空");
		}
		return problems;
	}

	private static void required(List<String> problems, String value, String label, int max) {
		if (value == null || value.isBlank()) {
			problems.add(label + "不能为空");
		}
		else {
			tooLong(problems, value, label, max);
		}
	}

	private static void tooLong(List<String> problems, String value, String label, int max) {
		if (value != null && value.length() > max) {
			problems.add(label + "不能超过" + max + "个字符（当前" + value.length() + "个）");
		}
		TextHygiene.problem(label, value).ifPresent(problems::add);
	}

}
