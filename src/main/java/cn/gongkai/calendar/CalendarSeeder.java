package cn.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped arrangements ({@code calendar/cn-YYYY.json}) for years the database does not have yet. A year an
 * administrator has loaded or corrected is never overwritten.
 */
@Component
class CalendarSeeder implements ApplicationRunner {

	static final String LOADED_BY = "system";

	private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);

	private final WorkingDayCalendar calendar;
	private final ObjectMapper objectMapper;

	CalendarSeeder(WorkingDayCalendar calendar, ObjectMapper objectMapper) {
		this.calendar = calendar;
		this.objectMapper = objectMapper;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/cn-*.json")) {
			YearArrangement arrangement;
			try (InputStream in = resource.getInputStream()) {
				arrangement = objectMapper.readValue(in, YearArrangement.class);
			}
			if (!arrangement.problems().isEmpty()) {
				throw new IllegalStateException(
						resource.getFilename() + ": " + String.join("; ", arrangement.problems()));
			}
			if (!calendar.hasYear(arrangement.year())) {
				try {
					calendar.load(arrangement, LOADED_BY);
					log.info("Loaded the holiday arrangement for {} from {}", arrangement.year(), resource.getFilename());
				}
				catch (DuplicateKeyException ex) {
					log.info("Another node loaded the holiday arrangement for {} first", arrangement.year());
				}
			}
		}
	}

}
