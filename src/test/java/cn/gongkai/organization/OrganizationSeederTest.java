package cn.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.support.GongkaiTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GongkaiTest
class OrganizationSeederTest {

	@Autowired
	OrganizationSeeder seeder;

	@Autowired
	Organization organization;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	FilterService filterService;

	@Test
	void seedsTheThirteenUnitsWithChineseNamesAndEveryDemoPerson() {
		assertThat(organization.units()).hasSize(13);
		assertThat(identityService.createGroupQuery().groupType(OrganizationSeeder.TYPE_UNIT).count()).isEqualTo(13);
		assertThat(identityService.createGroupQuery().groupId("jiance").singleResult().getName()).isEqualTo("监测处");
		assertThat(identityService.createGroupQuery().groupId("jiance-unit-head").singleResult().getName())
			.isEqualTo("监测处·处室负责人");
		for (Organization.Person person : organization.users()) {
			assertThat(identityService.createUserQuery().userId(person.id()).memberOfGroup(person.unit()).count())
				.as(person.id())
				.isEqualTo(1);
		}
		assertThat(identityService.createUserQuery().memberOfGroup(Organization.PLATFORM_ADMIN_GROUP).list())
			.extracting(u -> u.getId())
			.contains("admin");
	}

	@Test
	void seedingAgainDuplicatesNothingAndResetsNoPassword() {
		var user = identityService.createUserQuery().userId("fusheDrafter").singleResult();
		user.setPassword("Changed#Pass2026");
		identityService.saveUser(user);
		long groups = identityService.createGroupQuery().count();
		long users = identityService.createUserQuery().count();
		long authorizations = authorizationService.createAuthorizationQuery().count();
		long filters = filterService.createFilterQuery().count();

		seeder.seed();

		assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
		assertThat(identityService.createUserQuery().count()).isEqualTo(users);
		assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
		assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
		assertThat(identityService.checkPassword("fusheDrafter", "Changed#Pass2026")).isTrue();
	}

	@Test
	void onlyTheResponsibleUnitsDraftersMayStartAnEventProcess() {
		assertThat(authorizationService.isUserAuthorized("zhengfaDrafter", java.util.List.of("zhengfa-drafter"),
				ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "enforcement")).isTrue();
		assertThat(authorizationService.isUserAuthorized("jianceDrafter", java.util.List.of("jiance-drafter", "drafter"),
				ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "enforcement")).isFalse();
		assertThat(authorizationService.isUserAuthorized("yingjiDrafter", java.util.List.of("yingji-drafter"),
				ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "incident")).isTrue();
	}

	@Test
	void nobodyStartsAScheduledProcessByHand() {
		for (String key : java.util.List.of("env-quality", "radiation", "emission-totals", "key-enterprises")) {
			assertThat(authorizationService.isUserAuthorized("jianceDrafter", java.util.List.of("jiance-drafter", "drafter"),
					ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, key)).as(key).isFalse();
		}
	}

}
