package cn.gongkai.record;

import java.util.List;

/** A request the rules refuse; its message is Chinese and meant for the person who made the request. */
public class RecordRefusedException extends RuntimeException {

	public RecordRefusedException(String message) {
		super(message);
	}

	static RecordRefusedException of(List<String> problems) {
		return new RecordRefusedException(String.join("；", problems));
	}

}
