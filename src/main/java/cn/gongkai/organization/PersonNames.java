package cn.gongkai.organization;

/** A member of staff's name as colleagues read it: family name first, no space (陈博文); the login id if unknown. */
public interface PersonNames {

	String of(String userId);

}
