package cn.gongkai.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * CVE-2026-109432: Camunda 7.24 CE validates expressions only on a task query's top level, not in its or-branches.
 * An ad-hoc task query executes as its own command, so every or-branch is checked here before it runs. The HTTP
 * guard in the security package covers filter queries, which execute inside other commands.
 */
public class OrQueryExpressionInterceptor extends CommandInterceptor {

	public static final String MESSAGE = "查询被拒绝：或查询（orQueries）中不允许使用表达式";

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof TaskQueryImpl query) {
			var branches = query.getQueries();
			for (int i = 1; i < branches.size(); i++) {
				if (!branches.get(i).getExpressions().isEmpty()) {
					throw new BadUserRequestException(MESSAGE);
				}
			}
		}
		return next.execute(command);
	}

}
