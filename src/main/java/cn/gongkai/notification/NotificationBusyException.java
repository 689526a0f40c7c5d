package cn.gongkai.notification;

/** Another sender holds this email right now; the caller's job tries again later instead of sending it twice. */
public class NotificationBusyException extends RuntimeException {

	NotificationBusyException(long notificationId) {
		super("Notification " + notificationId + " is being sent by another node");
	}

}
