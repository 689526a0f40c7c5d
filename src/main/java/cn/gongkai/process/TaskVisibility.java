package cn.gongkai.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * How a person's task list is checked (issue 18). Camunda checks a task query by joining every grant the person's
 * groups hold with the tasks on "the grant's resource is the task, its definition or *", which PostgreSQL can only
 * run as a nested loop: its cost grows with the tasks a group may see times the tasks in the query. For a person whose
 * grants reach tasks only one by one (every member of staff: Camunda grants a task's candidates and assignee READ on
 * that task, and this system grants nothing wider), the same grants are checked by the task's id instead, so the
 * cost grows with the tasks in the query. Who sees which task does not change: the grants are Camunda's, written and
 * removed by Camunda, and a person with a wider grant, or with a revoking authorization, keeps Camunda's own check.
 * Working on a task (claim, complete) is checked by Camunda as before.
 */
@Component
class TaskVisibility extends AbstractProcessEnginePlugin {

	static final String MAPPER = "mybatis/task-visibility.xml";

	private static final String NAMESPACE = "cn.gongkai.process.TaskVisibility.";

	private static final String LIST = "selectTasksByGrants";

	private static final String COUNT = "selectTaskCountByGrants";

	private static final String WIDE_READ = "selectWideTaskRead";

	private static final List<String> STATEMENTS = List.of(LIST, COUNT, WIDE_READ);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineSessions.replace(configuration, TaskManager.class, GrantCheckedTaskManager::new);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// Parsed into the engine's own MyBatis configuration, so that it includes Camunda's fragments of the task query.
		Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
		try (InputStream mapper = new ClassPathResource(MAPPER).getInputStream()) {
			new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// MyBatis defers a statement whose included fragment it cannot find; asking for each builds it now, so that a
		// Camunda version without the fragments fails the start, not a person's first task list.
		for (String statement : STATEMENTS) {
			mybatis.getMappedStatement(NAMESPACE + statement);
		}
	}

	static final class GrantCheckedTaskManager extends TaskManager {

		@Override
		@SuppressWarnings("unchecked")
		public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
			configureQuery(query);
			if (checkedByTaskGrants(query)) {
				return getDbEntityManager().selectList(NAMESPACE + LIST, query);
			}
			return getDbEntityManager().selectList("selectTaskByQueryCriteria", query);
		}

		@Override
		public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
			configureQuery(query);
			if (checkedByTaskGrants(query)) {
				return (Long) getDbEntityManager().selectOne(NAMESPACE + COUNT, query);
			}
			return (Long) getDbEntityManager().selectOne("selectTaskCountByQueryCriteria", query);
		}

		/**
		 * Whether the query, as Camunda configured it for the person, is checked by the grants on each task; if so,
		 * Camunda's own join is switched off for it (the grant check in the mapper takes its place).
		 */
		private boolean checkedByTaskGrants(TaskQueryImpl query) {
			AuthorizationCheck check = query.getAuthCheck();
			if (!check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null
					|| check.isRevokeAuthorizationCheckEnabled()
					|| getDbEntityManager().selectBoolean(NAMESPACE + WIDE_READ, check)) {
				return false;
			}
			check.setAuthorizationCheckEnabled(false);
			return true;
		}

	}

}
