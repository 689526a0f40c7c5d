package cn.gongkai.process.obligation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the scheduled obligations that are due to open and starts one process instance for each, in one transaction:
 * an obligation never exists without its instance, nor an instance without its obligation.
 */
@Service
public class ScheduledStarts {

	private final ObligationService obligations;
	private final RuntimeService runtimeService;

	ScheduledStarts(ObligationService obligations, RuntimeService runtimeService) {
		this.obligations = obligations;
		this.runtimeService = runtimeService;
	}

	@Transactional
	public List<ProcessInstance> openDue() {
		List<ProcessInstance> started = new ArrayList<>();
		for (Obligation obligation : obligations.openScheduled()) {
			started.add(start(obligation));
		}
		return started;
	}

	/** Starts the process instance of an obligation that has none yet. */
	@Transactional
	public ProcessInstance start(Obligation obligation) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ObligationProcess.VAR_OBLIGATION_ID, obligation.id());
		variables.put(ObligationProcess.VAR_DRAFTER, null);
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(ObligationProcess.KEY, variables);
		obligations.attachProcess(obligation.id(), instance.getId());
		return instance;
	}

}
