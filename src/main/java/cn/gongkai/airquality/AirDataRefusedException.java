package cn.gongkai.airquality;

import java.util.List;

/** A data table that is not stored, with every problem found, each naming its row and column in Chinese. */
public class AirDataRefusedException extends RuntimeException {

	private final List<String> problems;

	AirDataRefusedException(List<String> problems) {
		super(String.join("；", problems));
		this.problems = List.copyOf(problems);
	}

	AirDataRefusedException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return problems;
	}

}
