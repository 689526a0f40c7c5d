package cn.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.gongkai.transaction.TransactionMemo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * China's working days: Monday to Friday, less the statutory holidays, plus the make-up working days (调休), from the
 * arrangement of each year held in the database. A period of N working days starts the day after its event (民法典第二百零一条).
 */
@Service
public class WorkingDayCalendar {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd");

	private final CalendarRepository repository;
	private final ApplicationEventPublisher events;
	private volatile Snapshot snapshot;
	private final TransactionMemo<Boolean, Snapshot> checkedThisTransaction = new TransactionMemo<>();

	WorkingDayCalendar(CalendarRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	private record Snapshot(String version, Set<Integer> years, Map<LocalDate, CalendarRepository.Day> days) {
	}

	/**
	 * Replaces one year's arrangement; takes effect at once on every node. Listeners recompute open deadlines in the
	 * same transaction, so a failure there leaves the old arrangement in place.
	 */
	@Transactional
	public void load(YearArrangement arrangement, String loadedBy) {
		List<String> problems = arrangement.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("；", problems));
		}
		repository.replaceYear(arrangement, loadedBy);
		snapshot = null;
		// The listeners below compute in this transaction, and must see the year just loaded.
		checkedThisTransaction.forget();
		events.publishEvent(new CalendarChanged(arrangement.year()));
	}

	public boolean hasYear(int year) {
		return current().years().contains(year);
	}

	public boolean isWorkingDay(LocalDate day) {
		CalendarRepository.Day special = current().days().get(day);
		if (special != null) {
			return CalendarRepository.Day.WORKDAY.equals(special.kind());
		}
		return !isWeekend(day);
	}

	/** The last day of a period of {@code workingDays} working days after {@code event}. */
	public Deadline afterWorkingDays(LocalDate event, int workingDays) {
		if (workingDays < 1) {
			throw new IllegalArgumentException("workingDays must be positive: " + workingDays);
		}
		Snapshot calendar = current();
		List<Span> skipped = new ArrayList<>();
		List<LocalDate> madeUp = new ArrayList<>();
		Set<Integer> unknownYears = new TreeSet<>();
		LocalDate day = event;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (!calendar.years().contains(day.getYear())) {
				unknownYears.add(day.getYear());
			}
			CalendarRepository.Day special = calendar.days().get(day);
			if (special != null && CalendarRepository.Day.HOLIDAY.equals(special.kind())) {
				addToSpans(skipped, day, special.holiday());
			}
			else if (special != null) {
				madeUp.add(day);
				counted++;
			}
			else if (!isWeekend(day)) {
				counted++;
			}
		}
		return new Deadline(event, workingDays, day, !unknownYears.isEmpty(),
				explain(event, workingDays, day, skipped, madeUp, unknownYears));
	}

	/**
	 * The arrangement as this transaction sees it, checked against the table once per transaction: a step that
	 * places several due times (a task's, its reminder's, its escalation's) asks the table once, and every transaction
	 * still sees an administrator's change on any node as soon as it is committed.
	 */
	private Snapshot current() {
		return checkedThisTransaction.get(Boolean.TRUE, any -> checked());
	}

	private Snapshot checked() {
		String version = repository.version();
		Snapshot s = snapshot;
		if (s == null || !s.version().equals(version)) {
			s = new Snapshot(version, repository.years(), Map.copyOf(repository.days()));
			snapshot = s;
		}
		return s;
	}

	private record Span(LocalDate from, LocalDate to, String holiday) {
	}

	private static void addToSpans(List<Span> spans, LocalDate day, String holiday) {
		if (!spans.isEmpty()) {
			Span last = spans.get(spans.size() - 1);
			if (last.holiday().equals(holiday) && last.to().plusDays(1).equals(day)) {
				spans.set(spans.size() - 1, new Span(last.from(), day, holiday));
				return;
			}
		}
		spans.add(new Span(day, day, holiday));
	}

	private static String explain(LocalDate event, int workingDays, LocalDate due, List<Span> skipped,
			List<LocalDate> madeUp, Set<Integer> unknownYears) {
		StringBuilder text = new StringBuilder()
			.append("自 ").append(event).append(" 起 ").append(workingDays).append(" 个工作日，截止 ").append(due);
		List<String> parts = new ArrayList<>();
		if (!skipped.isEmpty()) {
			parts.add("跳过 " + String.join("、", skipped.stream().map(WorkingDayCalendar::span).toList()));
		}
		if (!madeUp.isEmpty()) {
			parts.add("计入 " + String.join("、", madeUp.stream().map(d -> d + "（调休）").toList()));
		}
		if (!unknownYears.isEmpty()) {
			parts.add(String.join("、", unknownYears.stream().map(String::valueOf).toList())
					+ " 年放假安排尚未公布，暂按周一至周五计算（临时）");
		}
		if (!parts.isEmpty()) {
			text.append("：").append(String.join("，", parts));
		}
		return text.toString();
	}

	private static String span(Span s) {
		String range;
		if (s.from().equals(s.to())) {
			range = s.from().toString();
		}
		else if (s.from().getYear() == s.to().getYear() && s.from().getMonth() == s.to().getMonth()) {
			range = s.from() + ".." + s.to().format(DAY);
		}
		else {
			range = s.from() + ".." + s.to().format(MONTH_DAY);
		}
		return range + "（" + s.holiday() + "）";
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
