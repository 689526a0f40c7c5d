package cn.gongkai.process.escalation;

import cn.gongkai.obligation.ObligationOpened;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a watch over every obligation and every review task with a due date, in the transaction that creates it. The
 * watch is the system's, not the user's who caused it: it starts without the user's authorization.
 */
@Component
class EscalationStarts {

	private final RuntimeService runtimeService;

	EscalationStarts(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@EventListener
	void obligationOpened(ObligationOpened event) {
		watch(EscalationProcess.OBLIGATION, String.valueOf(event.obligationId()));
	}

	void watch(String kind, String id) {
		Runnable start = () -> runtimeService.createProcessInstanceByKey(EscalationProcess.KEY)
			.businessKey(EscalationProcess.businessKey(kind, id))
			.setVariable(EscalationProcess.VAR_SUBJECT_KIND, kind)
			.setVariable(EscalationProcess.VAR_SUBJECT_ID, id)
			.execute();
		CommandContext commandContext = Context.getCommandContext();
		if (commandContext == null) {
			start.run();
		}
		else {
			commandContext.runWithoutAuthorization(() -> {
				start.run();
				return null;
			});
		}
	}

}
