package cn.gongkai.process.obligation;

import java.util.ArrayList;
import java.util.List;

import cn.gongkai.obligation.Obligation;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The process instances that hold an obligation's work: the instance that owns it (the obligation's
 * {@link Obligation#processInstanceId()}), the {@code fulfil-obligation} instance it called for this obligation (an incident calls
 * one per stage, so the others are not this obligation's) and the review chain below it. Instances of the versions
 * before {@code fulfil-obligation} hold the drafting themselves and call the review chain directly; they are found too.
 */
@Component
public class ObligationInstances {

	private final RuntimeService runtimeService;

	ObligationInstances(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	public List<String> of(Obligation obligation) {
		String owner = obligation.processInstanceId();
		if (owner == null) {
			return List.of();
		}
		List<String> instances = new ArrayList<>(List.of(owner));
		List<String> parents = new ArrayList<>(List.of(owner));
		for (ProcessInstance fulfilment : runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(owner)
			.processDefinitionKey(ObligationProcess.KEY)
			.variableValueEquals(ObligationProcess.VAR_OBLIGATION_ID, obligation.id())
			.list()) {
			instances.add(fulfilment.getId());
			parents.add(fulfilment.getId());
		}
		for (String parent : parents) {
			runtimeService.createProcessInstanceQuery()
				.superProcessInstanceId(parent)
				.processDefinitionKeyNotIn(ObligationProcess.KEY)
				.list()
				.forEach(sub -> instances.add(sub.getId()));
		}
		return instances;
	}

}
