package cn.gongkai.process.launchplan;

import java.util.Date;
import java.util.List;

import cn.gongkai.obligation.LaunchMilestone;
import cn.gongkai.obligation.ObligationService;
import org.springframework.stereotype.Component;

/** The launch plan's units and due times, as the diagram's expressions ask for them. */
@Component("launchPlan")
public class LaunchPlan {

	private final ObligationService obligations;

	LaunchPlan(ObligationService obligations) {
		this.obligations = obligations;
	}

	/** Every unit responsible for a disclosure type does its own data step. */
	public List<String> dataUnits() {
		return obligations.responsibleUnits();
	}

	public Date due(Object planYear, String milestone) {
		LaunchMilestone step = LaunchMilestone.valueOf(milestone);
		String unit = step.units(dataUnits()).get(0);
		var obligation = obligations.findLaunchMilestone(((Number) planYear).intValue(), step, unit)
			.orElseThrow(() -> new IllegalStateException("Launch plan " + planYear + " has no " + milestone));
		return Date.from(obligation.due().dueAt().toInstant());
	}

}
