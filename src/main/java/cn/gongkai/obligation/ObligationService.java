package cn.gongkai.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import cn.gongkai.catalogue.Catalogue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the notice's obligations, each once, and keeps their due times and outcomes. Uniqueness per (type, unit,
 * occasion) is the database's job, so neither a restart nor a second node can open one twice.
 */
@Service
public class ObligationService {

	static final String LAUNCH_PLAN = "launch-plan";
	static final String SUPERVISION_NOTICE = "supervision-notice";
	static final String ANNUAL_REPORT = "annual-report";

	private final ObligationRepository obligations;
	private final DueRules dueRules;
	private final Catalogue catalogue;
	private final ScheduleProperties schedule;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	ObligationService(ObligationRepository obligations, DueRules dueRules, Catalogue catalogue,
			ScheduleProperties schedule, Clock clock, ApplicationEventPublisher events) {
		this.obligations = obligations;
		this.dueRules = dueRules;
		this.catalogue = catalogue;
		this.schedule = schedule;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The scheduled obligations whose opening day has come and which are not open yet: the current half-month for the
	 * twice-monthly types, the year's for the yearly ones. Only the current period opens: one missed while the system
	 * was down would be overdue the moment it opened.
	 */
	@Transactional
	public List<Obligation> openScheduled() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = dueRules.today(now);
		List<Obligation> opened = new ArrayList<>();
		HalfMonth period = HalfMonth.containing(today);
		LocalDate yearlyOpens = schedule.yearlyOpensDay().atYear(today.getYear());
		for (Catalogue.DisclosureType type : catalogue.types()) {
			if (type.cadence().isTwiceMonthly() && !period.opens().isBefore(schedule.start())) {
				Due due = dueRules.fixedDay(period.dueDay(), period.rule());
				for (String unit : type.units()) {
					// A unit still owing the period's one record (opened before sections were owed apart) owes only that.
					if (type.sectionsOwedSeparately() && !obligations.exists(type.key(), unit, period.occasion())) {
						for (String section : type.sections()) {
							open(type.key(), unit, period.occasion() + "/" + section, section,
									period.subject() + catalogue.section(section).orElseThrow().name(), due, now)
								.ifPresent(opened::add);
						}
					}
					else {
						open(type.key(), unit, period.occasion(), null, period.subject() + type.name(), due, now)
							.ifPresent(opened::add);
					}
				}
			}
			if (type.cadence() == Catalogue.Cadence.YEARLY && !today.isBefore(yearlyOpens)
					&& !yearlyOpens.isBefore(schedule.start())) {
				LocalDate dueDay = type.yearlyDueDay().orElse(schedule.yearlyDueDay()).atYear(today.getYear());
				Due due = dueRules.fixedDay(dueDay, "每年" + dueDay.getMonthValue() + "月" + dueDay.getDayOfMonth() + "日前公开上年度信息");
				String subject = (today.getYear() - 1) + "年度" + type.name();
				for (String unit : type.units()) {
					open(type.key(), unit, String.valueOf(today.getYear()), null, subject, due, now).ifPresent(opened::add);
				}
			}
		}
		return opened;
	}

	/** An obligation raised by an event (a case concluded, an incident registered); empty if already open. */
	@Transactional
	public Optional<Obligation> openForEvent(String typeKey, String unitId, String occasion, String subject, Due due) {
		if (!catalogue.type(typeKey).units().contains(unitId)) {
			throw new IllegalArgumentException("Unit " + unitId + " is not responsible for " + typeKey);
		}
		return open(typeKey, unitId, occasion, null, subject, due, OffsetDateTime.now(clock));
	}

	/**
	 * Every milestone of the launch plan of {@code year}, one obligation per milestone and unit, worked on by
	 * {@code processInstanceId}; empty if that year's plan was opened before.
	 */
	@Transactional
	public List<Obligation> openLaunchPlan(int year, String processInstanceId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Obligation> opened = new ArrayList<>();
		for (LaunchMilestone milestone : LaunchMilestone.values()) {
			LocalDate dueDay = schedule.milestoneDue(milestone).atYear(year);
			Due due = dueRules.fixedDay(dueDay, dueDay.getMonthValue() + "月" + dueDay.getDayOfMonth() + "日前，" + milestone.wording());
			for (String unit : milestone.units(responsibleUnits())) {
				open(LAUNCH_PLAN, unit, launchOccasion(year, milestone), null, year + "年" + milestone.title(), due, now)
					.ifPresent(o -> {
						obligations.attachProcess(o.id(), processInstanceId);
						opened.add(o);
					});
			}
		}
		return opened;
	}

	public Optional<Obligation> findLaunchMilestone(int year, LaunchMilestone milestone, String unitId) {
		return obligations.find(LAUNCH_PLAN, unitId, launchOccasion(year, milestone));
	}

	/**
	 * The units that publish the notice's disclosure types (the office's own notices and annual report, and answers to
	 * applications, are not).
	 */
	public List<String> responsibleUnits() {
		LinkedHashSet<String> units = new LinkedHashSet<>();
		catalogue.types()
			.stream()
			.filter(type -> !SUPERVISION_NOTICE.equals(type.key()) && !ANNUAL_REPORT.equals(type.key()) && !type.onRequest())
			.forEach(type -> units.addAll(type.units()));
		return List.copyOf(units);
	}

	public Obligation get(long id) {
		return find(id).orElseThrow(() -> new IllegalStateException("No obligation " + id));
	}

	public Optional<Obligation> find(long id) {
		return obligations.find(id);
	}

	public List<Obligation> openOfProcess(String processInstanceId) {
		return obligations.openOfProcess(processInstanceId);
	}

	/** The obligation of {@code typeKey} that a process instance answers (its first, for a staged process). */
	public Optional<Obligation> ofProcess(String typeKey, String processInstanceId) {
		return obligations.ofProcess(typeKey, processInstanceId).stream().findFirst();
	}

	/** The open obligation a record answers, if any (a record drafted for an obligation answers only that one). */
	public Optional<Obligation> openOfRecord(long recordId) {
		return obligations.openOfRecord(recordId);
	}

	/** The obligation a record answers or answered, the latest if several. */
	public Optional<Obligation> ofRecord(long recordId) {
		return obligations.ofRecord(recordId);
	}

	/**
	 * Where a record may be filed: any section of its type, or, for a record that answers an obligation owed in one
	 * section (the monitoring types' half-monthly updates), that section only.
	 */
	public List<String> sectionsFor(long recordId, String typeKey) {
		return obligations.ofRecord(recordId)
			.map(Obligation::sectionKey)
			.map(List::of)
			.orElseGet(() -> catalogue.type(typeKey).sections());
	}

	/**
	 * The earliest 生成日期 a record of this obligation may carry, where the record is the result of an event: not
	 * before the day the result was formed or the case concluded (the day its period runs from), nor before the day the
	 * incident it reports was registered. Scheduled records have no such day: a half-monthly update may publish a
	 * regulation made years before.
	 */
	public Optional<EarliestDay> earliestDateFormed(long recordId) {
		return obligations.ofRecord(recordId).flatMap(o -> switch (o.due().rule()) {
			case WORKING_DAYS -> Optional.of(new EarliestDay(o.due().baseDay(), "所依据事项的日期"));
			case HOURS -> Optional.of(new EarliestDay(o.due().baseDay(), "事件登记之日"));
			case FIXED_DATE -> Optional.<EarliestDay>empty();
		});
	}

	/** A day a date may not precede, and what it is, as a refusal names it. */
	public record EarliestDay(LocalDate day, String what) {
	}

	/**
	 * The days a record of the twice-monthly cycle reports on: the half-month of the obligation it answers, open or
	 * closed (a correction reports on the same days). Empty for a record of any other cadence.
	 */
	public Optional<ReportingPeriod> reportingPeriodOf(long recordId) {
		return obligations.ofRecord(recordId)
			.flatMap(o -> HalfMonth.ofOccasion(o.occasion()))
			.map(half -> new ReportingPeriod(half.opens(), half.lastDay(), half.subject()));
	}

	public long countOpen() {
		return obligations.countOpen(false);
	}

	/** Open obligations whose due time has passed (the miss is recorded). */
	public long countOverdue() {
		return obligations.countOpen(true);
	}

	/** Each unit's obligations due in {@code month} (Asia/Shanghai): met on time, met late, still open, overdue now. */
	public Map<String, DueFigures> figures(YearMonth month) {
		return obligations.figures(month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime(),
				month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime(), OffsetDateTime.now(clock));
	}

	public List<Obligation> listOpen(String typeKey, String unitId, OffsetDateTime dueBefore, int limit) {
		return obligations.open(typeKey, unitId, dueBefore, limit);
	}

	@Transactional
	public void attachProcess(long id, String processInstanceId) {
		obligations.attachProcess(id, processInstanceId);
	}

	@Transactional
	public void attachRecord(long id, long recordId) {
		obligations.attachRecord(id, recordId);
	}

	/** The due time passed with the obligation still open; recorded once. */
	@Transactional
	public boolean recordMiss(long id) {
		return obligations.markMissed(id, OffsetDateTime.now(clock)) == 1;
	}

	@Transactional
	public void close(long id, ObligationStatus outcome, String note) {
		if (outcome == ObligationStatus.OPEN) {
			throw new IllegalArgumentException("Closing needs an outcome");
		}
		obligations.close(id, outcome, note, OffsetDateTime.now(clock));
	}

	/**
	 * An open obligation's due time moved by its own rule (an application's answer period extended or paused); returns
	 * the due time it had, so that its timers and tasks can follow. A closed obligation keeps its due time.
	 */
	@Transactional
	public Optional<Due> moveDue(long id, Due due) {
		Obligation obligation = get(id);
		if (!obligation.isOpen() || obligation.due().equals(due)) {
			return Optional.empty();
		}
		obligations.updateDue(id, due);
		events.publishEvent(new ObligationDueMoved(id, obligation.due()));
		return Optional.of(obligation.due());
	}

	/**
	 * Computes again every open due time that was provisional, now that the calendar has changed; returns those that
	 * changed, so their timers and tasks can follow.
	 */
	@Transactional
	public List<Recomputed> recomputeProvisional() {
		List<Recomputed> changed = new ArrayList<>();
		for (Obligation o : obligations.openProvisional()) {
			Due due = dueRules.recompute(o.due());
			if (!due.equals(o.due())) {
				obligations.updateDue(o.id(), due);
				changed.add(new Recomputed(get(o.id()), o.due()));
			}
		}
		return changed;
	}

	/** An obligation after its due time was computed again, and the due time it had before. */
	public record Recomputed(Obligation obligation, Due previous) {
	}

	private Optional<Obligation> open(String typeKey, String unitId, String occasion, String sectionKey, String subject,
			Due due, OffsetDateTime now) {
		OptionalLong id = obligations.insertIfNew(typeKey, unitId, occasion, sectionKey, subject, due, now);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		events.publishEvent(new ObligationOpened(id.getAsLong()));
		return Optional.of(get(id.getAsLong()));
	}

	private static String launchOccasion(int year, LaunchMilestone milestone) {
		return "launch-" + year + ":" + milestone.name();
	}

}
