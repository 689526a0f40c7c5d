package cn.gongkai.datatable;

import java.util.List;

/** A data table that is not stored, with every problem found, each naming its row and column in Chinese. */
public class DataRefusedException extends RuntimeException {

	private final List<String> problems;

	public DataRefusedException(List<String> problems) {
		super(String.join("；", problems));
		this.problems = List.copyOf(problems);
	}

	public DataRefusedException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return problems;
	}

}
