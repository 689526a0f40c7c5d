package cn.gongkai.report;

import java.time.OffsetDateTime;
import java.util.Optional;

import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.record.PublishedRecords;
import org.springframework.stereotype.Component;

/** What became of a report's case, read from the owners of obligations and published records. */
@Component
class CaseOutcomes {

	static final String COMPLAINTS = "complaints";

	private final ObligationService obligations;
	private final PublishedRecords published;

	CaseOutcomes(ObligationService obligations, PublishedRecords published) {
		this.obligations = obligations;
		this.published = published;
	}

	/** The result's obligation, once the handling unit concluded: where it stands, and the published version. */
	record Outcome(ObligationStatus status, OffsetDateTime due, Long publishedVersionId) {
	}

	Optional<Outcome> of(String processInstanceId) {
		return obligations.ofProcess(COMPLAINTS, processInstanceId)
			.map(o -> new Outcome(o.status(), o.due().dueAt(),
					o.status() == ObligationStatus.PUBLISHED && o.recordId() != null
							? published.latestVersionId(o.recordId()).orElse(null) : null));
	}

}
