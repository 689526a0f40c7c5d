package cn.gongkai.notification;

/** A person an email goes to; {@code email} may be missing when nobody entered it. */
public record Recipient(String userId, String name, String email) {

	boolean hasAddress() {
		return email != null && !email.isBlank();
	}

}
