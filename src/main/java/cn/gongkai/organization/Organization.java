package cn.gongkai.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bureau's units, roles and (in development) demo staff, as read from {@code organization.json}.
 * Group ids follow one scheme so that BPMN candidate groups can be written as {@code ${unitId}-unit-head}.
 */
public record Organization(List<Unit> units, List<Role> roles, List<Person> users) {

	public static final String PLATFORM_ADMIN_GROUP = "camunda-admin";
	public static final String ROLE_DRAFTER = "drafter";
	public static final String ROLE_LEADER = "leader";
	public static final String ROLE_SUPERVISOR = "supervisor";

	public record Unit(String id, String name) {
	}

	public record Role(String id, String name) {
	}

	public record Person(String id, String lastName, String firstName, String unit, String role, String email,
			boolean demo, boolean platformAdmin) {
	}

	public static String unitRoleGroupId(String unitId, String roleId) {
		return unitId + "-" + roleId;
	}

	public Optional<Unit> unit(String id) {
		return units.stream().filter(u -> u.id().equals(id)).findFirst();
	}

	public Map<String, String> unitNames() {
		return units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
	}

	public Map<String, Role> rolesById() {
		return roles.stream().collect(Collectors.toMap(Role::id, Function.identity()));
	}

	/** Fails fast on a data file that would seed a half-consistent organization. */
	void validate() {
		var unitIds = unitNames().keySet();
		var roleIds = rolesById().keySet();
		for (Person p : users) {
			if (!p.id().matches("[a-zA-Z0-9]+")) {
				throw new IllegalStateException("organization.json: user id '" + p.id() + "' must be ASCII letters and digits");
			}
			if (!unitIds.contains(p.unit())) {
				throw new IllegalStateException("organization.json: user '" + p.id() + "' names unknown unit '" + p.unit() + "'");
			}
			if (!roleIds.contains(p.role())) {
				throw new IllegalStateException("organization.json: user '" + p.id() + "' names unknown role '" + p.role() + "'");
			}
		}
	}

}
