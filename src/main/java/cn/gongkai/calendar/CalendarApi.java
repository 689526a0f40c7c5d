package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators: load or correct a year's holiday arrangement without a restart, and ask the calendar to
 * explain a due date.
 */
@RestController
class CalendarApi {

	static final int MAX_WORKING_DAYS = 366;

	private final WorkingDayCalendar calendar;

	CalendarApi(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@PutMapping("/api/admin/calendar/{year}")
	Map<String, Object> load(@PathVariable int year, @RequestBody YearArrangement arrangement,
			Authentication authentication) {
		if (arrangement.year() != year) {
			throw new IllegalArgumentException("地址中的年份 " + year + " 与内容中的年份 " + arrangement.year() + " 不一致");
		}
		calendar.load(arrangement, authentication.getName());
		return Map.of("year", year, "message", year + " 年放假安排已更新");
	}

	@GetMapping("/api/admin/calendar/deadline")
	Deadline deadline(@RequestParam LocalDate from, @RequestParam int workingDays) {
		if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("工作日数应在 1 到 " + MAX_WORKING_DAYS + " 之间");
		}
		return calendar.afterWorkingDays(from, workingDays);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> refused(IllegalArgumentException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", ex.getMessage()));
	}

}
