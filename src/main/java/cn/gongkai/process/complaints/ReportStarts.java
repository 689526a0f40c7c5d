package cn.gongkai.process.complaints;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.report.ReportService;
import cn.gongkai.report.ReportSubmitted;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A report from the public starts its complaint case, in the transaction that stores the report. */
@Component
class ReportStarts {

	private final RuntimeService runtimeService;
	private final ReportService reports;

	ReportStarts(RuntimeService runtimeService, ReportService reports) {
		this.runtimeService = runtimeService;
		this.reports = reports;
	}

	@EventListener
	void reportSubmitted(ReportSubmitted event) {
		ProcessInstance instance = runtimeService.createMessageCorrelation(ComplaintsProcess.MESSAGE_REPORTED)
			.setVariable(ComplaintsProcess.VAR_REPORT_ID, event.reportId())
			.setVariable(ComplaintsProcess.VAR_TITLE, event.title())
			.setVariable(ObligationProcess.VAR_DRAFTER, null)
			.correlateStartMessage();
		reports.attachProcess(event.reportId(), instance.getId());
	}

}
