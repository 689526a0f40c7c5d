package cn.gongkai.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's clock is the engine's: records, obligations and timers then agree on what time it is, also when a
 * test moves the engine's clock past a deadline.
 */
@Component
class EngineClock extends Clock {

	private final ZoneId zone;

	EngineClock(@Value("${gongkai.time-zone}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineClock(zone.getId());
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
