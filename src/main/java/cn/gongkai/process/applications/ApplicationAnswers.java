package cn.gongkai.process.applications;

import cn.gongkai.application.ApplicationService;
import org.springframework.stereotype.Component;

/**
 * The answer's record for the review chain, read from the application's row when the chain is called: the
 * application's instance never holds it, so its own tasks stay its own (their escalation reads the instance).
 */
@Component("applicationAnswers")
public class ApplicationAnswers {

	private final ApplicationService applications;

	ApplicationAnswers(ApplicationService applications) {
		this.applications = applications;
	}

	/** The review chain's business key, the record's id as every review chain has it. */
	public String businessKey(Object applicationId) {
		return String.valueOf(recordId(applicationId));
	}

	public long recordId(Object applicationId) {
		if (!(applicationId instanceof Number id)) {
			throw new IllegalStateException("No application for this answer: " + applicationId);
		}
		Long recordId = applications.get(id.longValue()).answerRecordId();
		if (recordId == null) {
			throw new IllegalStateException("Application " + id + " has no answer to review");
		}
		return recordId;
	}

}
