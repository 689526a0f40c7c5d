package cn.gongkai.organization;

/** A member of staff's name as colleagues read it: family name first, no space (陈博文); the login id if unknown. */
public interface PersonNames {

	String of(String userId);

	/** Family name, then given name, as every page and email writes a person; {@code userId} when both are empty. */
	static String inChineseOrder(String familyName, String givenName, String userId) {
		String name = (familyName == null ? "" : familyName) + (givenName == null ? "" : givenName);
		return name.isBlank() ? userId : name;
	}

}
