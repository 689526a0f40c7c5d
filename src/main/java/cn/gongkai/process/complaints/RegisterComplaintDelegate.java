package cn.gongkai.process.complaints;

import java.util.List;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.ObligationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 信访处 registers a complaint and hands it to a unit responsible for complaints in the catalogue. */
@Component("registerComplaintDelegate")
class RegisterComplaintDelegate implements JavaDelegate {

	private final Catalogue catalogue;

	RegisterComplaintDelegate(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Actors.drafterUnit(execution, ObligationProcess.initiator(execution),
				List.of(ComplaintsProcess.REGISTRAR_UNIT), "只有信访处的责任人可以登记群众投诉");
		Refusals.text(execution, ComplaintsProcess.VAR_TITLE, "投诉事项", 180);
		Object unit = execution.getVariable(ComplaintsProcess.VAR_HANDLING_UNIT);
		if (unit == null || !catalogue.type(ComplaintsProcess.KEY).units().contains(unit.toString())) {
			throw Refusals.refuse("请选择承办单位（投诉处理的责任单位之一）");
		}
	}

}
