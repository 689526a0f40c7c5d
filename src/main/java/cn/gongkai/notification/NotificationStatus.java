package cn.gongkai.notification;

public enum NotificationStatus {

	NEW("待发送"), SENDING("发送中"), SENT("已发送"), LOGGED("未发送（未配置邮件服务器，已记入日志）"), FAILED("发送失败");

	private final String label;

	NotificationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Nothing more to do for this email. */
	boolean done() {
		return this == SENT || this == LOGGED;
	}

}
