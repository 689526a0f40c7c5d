package cn.gongkai.record;

public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(long recordId) {
		super("记录不存在：" + recordId);
	}

}
