package cn.gongkai.process.obligation;

import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.review.ReviewChainProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review chain has ended the record: the obligation is met, by publication or by a lawful withholding. */
@Component("closeObligationDelegate")
class CloseObligationDelegate implements JavaDelegate {

	private final ObligationService obligations;

	CloseObligationDelegate(ObligationService obligations) {
		this.obligations = obligations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var outcome = ReviewChainProcess.outcome(execution);
		switch (outcome) {
			case PUBLISHED -> obligations.close(ObligationProcess.obligationId(execution), ObligationStatus.PUBLISHED, "已公开");
			case WITHHELD -> obligations.close(ObligationProcess.obligationId(execution), ObligationStatus.WITHHELD,
					"经保密审查不予公开");
			default -> throw new IllegalStateException("A record still under revision cannot close its obligation: " + outcome);
		}
	}

}
