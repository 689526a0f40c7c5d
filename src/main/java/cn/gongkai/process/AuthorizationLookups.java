package cn.gongkai.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The lookup Camunda makes before the first authorization check of every command a person runs (issue 18): it reads
 * every group named in any grant ({@code select distinct GROUP_ID_} over the whole authorization table) to drop the
 * person's groups that hold none. That table holds a grant per open task and candidate group, so the lookup grew with
 * the open tasks (15–26 ms at 200,000) and was paid by every task list, claim and completion. Dropping groups that
 * hold no grant does not change any check (a group without a grant matches no row); it only shortens the list of
 * groups in the SQL, which matters for directories that put a person in hundreds of groups. A person here is in a
 * handful, so the list is passed on as it is, without the lookup.
 *
 * <p>Also the lookup before each grant Camunda writes for a task's candidates and assignee: it asks the database for an
 * earlier grant on the task to add to. A task created in the current command has none there (grants written earlier
 * in the same command Camunda merges from its entity cache), so for such a task the query is left out.
 */
@Component
class AuthorizationLookups extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineSessions.replace(configuration, AuthorizationManager.class, UnfilteredGroupsAuthorizationManager::new);
		ResourceAuthorizationProvider current = configuration.getResourceAuthorizationProvider();
		if (current != null && current.getClass() != DefaultAuthorizationProvider.class) {
			throw new IllegalStateException("A resource authorization provider other than Camunda's default is configured ("
					+ current.getClass().getName() + ")");
		}
		configuration.setResourceAuthorizationProvider(new NewTaskGrants());
	}

	static final class NewTaskGrants extends DefaultAuthorizationProvider {

		@Override
		protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
				Resource resource) {
			CachedDbEntity task = Context.getCommandContext()
				.getDbEntityManager()
				.getDbEntityCache()
				.getCachedEntity(TaskEntity.class, taskId);
			if (task != null && task.getEntityState() == DbEntityState.TRANSIENT) {
				return null;
			}
			return super.getGrantAuthorization(taskId, userId, groupId, resource);
		}

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
