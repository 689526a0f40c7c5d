package cn.gongkai.application;

import java.util.List;

/** An application or a step of its handling refused, with every problem named in Chinese. */
public class ApplicationRefusedException extends RuntimeException {

	private final transient List<String> problems;

	public ApplicationRefusedException(List<String> problems) {
		super(String.join("；", problems));
		this.problems = List.copyOf(problems);
	}

	public ApplicationRefusedException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return problems;
	}

}
