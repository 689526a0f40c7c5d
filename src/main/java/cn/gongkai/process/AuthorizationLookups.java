package cn.gongkai.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The lookup Camunda makes before the first authorization check of every command a person runs (issue 18): it reads
 * every group named in any grant ({@code select distinct GROUP_ID_} over the whole authorization table) to drop the
 * person's groups that hold none. That table holds a grant per open task and candidate group, so the lookup grew with
 * the open tasks (15–26 ms at 200,000) and was paid by every task list, claim and completion. Dropping groups that
 * hold no grant does not change any check (a group without a grant matches no row); it only shortens the list of
 * groups in the SQL, which matters for directories that put a person in hundreds of groups. A person here is in a
 * handful, so the list is passed on as it is, without the lookup.
 */
@Component
class AuthorizationLookups extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineSessions.replace(configuration, AuthorizationManager.class, UnfilteredGroupsAuthorizationManager::new);
	}

	static final class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			if (authenticatedGroupIds == null) {
				return new ArrayList<>();
			}
			// A modifiable ArrayList, as Camunda's: MyBatis reads the list's size by reflection.
			return new ArrayList<>(authenticatedGroupIds.stream()
				.filter(Objects::nonNull)
				.collect(Collectors.toCollection(LinkedHashSet::new)));
		}

	}

}
