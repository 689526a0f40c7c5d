package cn.gongkai.notification;

/** What became of one email on one attempt. */
public enum Delivery {

	SENT, LOGGED, ALREADY_DONE, NO_ADDRESS, FAILED

}
