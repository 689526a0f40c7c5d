package cn.gongkai.process.change;

import cn.gongkai.record.RecordService;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.ScheduledObligations;
import cn.gongkai.workspace.ChangeRequests;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link LongTextJourney} on PostgreSQL. */
@GongkaiTest
class LongTextTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ScheduledObligations scheduled;

	@Autowired
	ChangeRequests changes;

	@Autowired
	RecordService records;

	@Test
	void aBodyOfTheLargestAllowedLengthGoesThroughReturnCorrectionAndRetraction() {
		new LongTextJourney(engine, scheduled, changes, records).walk();
	}

}
