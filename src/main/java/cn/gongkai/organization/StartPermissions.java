package cn.gongkai.organization;

import java.util.Map;
import java.util.Set;

/** Which groups may start which process by hand, for the seeding to grant; decided by the access policy. */
public interface StartPermissions {

	/** Process key → the groups that may start it. */
	Map<String, Set<String>> starters();

}
