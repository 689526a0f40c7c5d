package cn.gongkai.report;

import java.util.List;

/** The form cannot be accepted; every problem is said in Chinese, and nothing was stored. */
public class ReportRefusedException extends RuntimeException {

	private final List<String> problems;

	ReportRefusedException(List<String> problems) {
		super(String.join("；", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
