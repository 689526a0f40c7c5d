package cn.gongkai.annualreport;

import java.util.List;

/** A report refused whole, with every problem named in Chinese by its table, row and column. */
public class AnnualReportRefusedException extends RuntimeException {

	private final transient List<String> problems;

	public AnnualReportRefusedException(List<String> problems) {
		super(String.join("；", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
