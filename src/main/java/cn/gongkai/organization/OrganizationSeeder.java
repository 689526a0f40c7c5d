package cn.gongkai.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings Camunda's identity and authorization tables in line with {@code organization.json}. Only creates what is
 * missing: a restart never duplicates a group or resets a password an administrator has changed.
 */
@Component
@Order(0)
class OrganizationSeeder implements ApplicationRunner {

	static final String TYPE_UNIT = "unit";
	static final String TYPE_ROLE = "role";
	static final String TYPE_UNIT_ROLE = "unit-role";
	static final String FILTER_MY_TASKS = "我的待办";
	static final String FILTER_GROUP_TASKS = "本组待办";

	private static final Logger log = LoggerFactory.getLogger(OrganizationSeeder.class);

	private final Organization organization;
	private final SeedProperties properties;
	private final IdentityService identityService;
	private final AuthorizationService authorizationService;
	private final FilterService filterService;
	private final TaskService taskService;
	private final StartPermissions startPermissions;
	private final TransactionTemplate transaction;

	OrganizationSeeder(Organization organization, SeedProperties properties, IdentityService identityService,
			AuthorizationService authorizationService, FilterService filterService, TaskService taskService,
			StartPermissions startPermissions, PlatformTransactionManager transactions) {
		this.organization = organization;
		this.properties = properties;
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.taskService = taskService;
		this.startPermissions = startPermissions;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		// All or nothing: a start-up that fails half-way through leaves no half-made organization behind.
		transaction.executeWithoutResult(status -> seed());
	}

	void seed() {
		// The groups and users that exist are read once, an existing person's groups once per person.
		Set<String> groups = identityService.createGroupQuery()
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toCollection(HashSet::new));
		Set<String> users = identityService.createUserQuery()
			.list()
			.stream()
			.map(User::getId)
			.collect(Collectors.toSet());
		Map<String, String> unitNames = organization.unitNames();
		organization.units().forEach(u -> ensureGroup(groups, u.id(), u.name(), TYPE_UNIT));
		organization.roles().forEach(r -> ensureGroup(groups, r.id(), r.name(), TYPE_ROLE));
		ensureGroup(groups, Organization.PLATFORM_ADMIN_GROUP, "平台管理员（Camunda）", "SYSTEM");
		for (Organization.Person person : organization.users()) {
			String unitRole = Organization.unitRoleGroupId(person.unit(), person.role());
			ensureGroup(groups, unitRole,
					unitNames.get(person.unit()) + "·" + organization.rolesById().get(person.role()).name(), TYPE_UNIT_ROLE);
			if (person.demo() && !properties.demoUsers()) {
				continue;
			}
			Set<String> memberOf = new HashSet<>();
			if (users.contains(person.id())) {
				identityService.createGroupQuery().groupMember(person.id()).list().forEach(g -> memberOf.add(g.getId()));
			}
			else {
				createUser(person);
			}
			List<String> wanted = new ArrayList<>(List.of(person.unit(), person.role(), unitRole));
			if (person.platformAdmin()) {
				wanted.add(Organization.PLATFORM_ADMIN_GROUP);
			}
			wanted.stream()
				.filter(group -> !memberOf.contains(group))
				.forEach(group -> identityService.createMembership(person.id(), group));
		}
		grantStaffAccess();
		grantStartPermissions();
		ensureTaskFilters();
	}

	private void ensureGroup(Set<String> existing, String id, String name, String type) {
		if (!existing.add(id)) {
			return;
		}
		Group group = identityService.newGroup(id);
		group.setName(name);
		group.setType(type);
		identityService.saveGroup(group);
	}

	private void createUser(Organization.Person person) {
		String password = person.demo() || isBlank(properties.adminPassword()) ? properties.demoPassword()
				: properties.adminPassword();
		if (isBlank(password)) {
			throw new IllegalStateException("No password configured for user '" + person.id() + "'");
		}
		User user = identityService.newUser(person.id());
		user.setFirstName(person.firstName());
		user.setLastName(person.lastName());
		user.setEmail(person.email());
		user.setPassword(password);
		identityService.saveUser(user);
		log.info("Created user {} ({}{})", person.id(), person.lastName(), person.firstName());
	}

	private void grantStaffAccess() {
		for (Organization.Role role : organization.roles()) {
			grant(role.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(role.id(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
		}
		grant(Organization.ROLE_DRAFTER, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
		// Membership in camunda-admin does not lift the engine's query filters: grant everything explicitly.
		for (Resource resource : Resources.values()) {
			grant(Organization.PLATFORM_ADMIN_GROUP, resource, Authorization.ANY, Permissions.ALL);
		}
	}

	/** The access policy says who starts what; the models' candidate starter groups say the same (ModelTest). */
	private void grantStartPermissions() {
		startPermissions.starters()
			.forEach((processKey, groups) -> groups.forEach(group -> grant(group, Resources.PROCESS_DEFINITION,
					processKey, ProcessDefinitionPermissions.CREATE_INSTANCE)));
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		Authorization existing = authorizationService.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (existing != null) {
			if (!existing.isPermissionGranted(permission)) {
				existing.addPermission(permission);
				authorizationService.saveAuthorization(existing);
			}
			return;
		}
		Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizationService.saveAuthorization(authorization);
	}

	private void ensureTaskFilters() {
		ensureFilter(FILTER_MY_TASKS, -10, "分配给我的任务",
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		ensureFilter(FILTER_GROUP_TASKS, -5, "本单位、本岗位可以认领的任务",
				taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
	}

	private void ensureFilter(String name, int priority, String description,
			org.camunda.bpm.engine.task.TaskQuery query) {
		if (filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Filter filter = filterService.newTaskFilter(name)
			.setOwner("admin")
			.setProperties(Map.of("priority", priority, "description", description, "refresh", true))
			.setQuery(query);
		filterService.saveFilter(filter);
		Authorization readAll = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
		readAll.setUserId(Authorization.ANY);
		readAll.setResource(Resources.FILTER);
		readAll.setResourceId(filter.getId());
		readAll.addPermission(Permissions.READ);
		authorizationService.saveAuthorization(readAll);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
