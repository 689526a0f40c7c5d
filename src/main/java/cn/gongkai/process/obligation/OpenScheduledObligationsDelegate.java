package cn.gongkai.process.obligation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The hourly check of {@code disclosure-schedule}. */
@Component("openScheduledObligationsDelegate")
class OpenScheduledObligationsDelegate implements JavaDelegate {

	private final ScheduledStarts scheduledStarts;

	OpenScheduledObligationsDelegate(ScheduledStarts scheduledStarts) {
		this.scheduledStarts = scheduledStarts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		scheduledStarts.openDue();
	}

}
