package cn.gongkai.process;

/** A task named after its subject, as Tasklist's list and header show it: "处室负责人审核：2026年11月上半…". */
public final class TaskNames {

	/** Keeps the name to one line of Tasklist's header at 1280 pixels, so that the form's buttons stay in view. */
	static final int TITLE_IN_NAME = 12;

	private TaskNames() {
	}

	/** The task's name followed by the subject's title, cut to fit with an ellipsis. */
	public static String withTitle(String name, String title) {
		String text = title == null ? "" : title;
		return name + "：" + (text.length() > TITLE_IN_NAME ? text.substring(0, TITLE_IN_NAME - 1) + "…" : text);
	}

}
