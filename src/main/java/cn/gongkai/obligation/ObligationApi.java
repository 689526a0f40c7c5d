package cn.gongkai.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Administrators list the open obligations, soonest due first, and read why each is due when it is. */
@RestController
class ObligationApi {

	static final int MAX_ROWS = 1000;

	private final ObligationService obligations;
	private final Catalogue catalogue;
	private final Organization organization;
	private final Clock clock;

	ObligationApi(ObligationService obligations, Catalogue catalogue, Organization organization, Clock clock) {
		this.obligations = obligations;
		this.catalogue = catalogue;
		this.organization = organization;
		this.clock = clock;
	}

	record View(long id, String typeKey, String typeName, String unitId, String unitName, String subject,
			OffsetDateTime dueAt, boolean provisional, boolean overdue, String explanation, String status,
			OffsetDateTime openedAt, OffsetDateTime missedAt, OffsetDateTime closedAt, String closingNote,
			String processInstanceId, Long recordId) {
	}

	/** Filters: {@code type}, {@code unit}, {@code dueBefore} (a day, Asia/Shanghai: due before its end). */
	@GetMapping("/api/admin/obligations")
	List<View> open(@RequestParam(required = false) String type, @RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore) {
		if (type != null && catalogue.types().stream().noneMatch(t -> t.key().equals(type))
				&& !ObligationService.LAUNCH_PLAN.equals(type)) {
			throw new IllegalArgumentException("未知的信息类型：" + type);
		}
		if (unit != null && !organization.unitNames().containsKey(unit)) {
			throw new IllegalArgumentException("未知的单位：" + unit);
		}
		OffsetDateTime before = dueBefore == null ? null
				: dueBefore.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
		return obligations.listOpen(type, unit, before, MAX_ROWS).stream().map(this::view).toList();
	}

	@GetMapping("/api/admin/obligations/{id}")
	ResponseEntity<View> one(@PathVariable long id) {
		return ResponseEntity.of(obligations.find(id).map(this::view));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, String>> malformed(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", "参数 " + ex.getName() + " 格式无效，日期应为 YYYY-MM-DD"));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> refused(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", ex.getMessage()));
	}

	private View view(Obligation o) {
		String typeName = ObligationService.LAUNCH_PLAN.equals(o.typeKey()) ? "信息公开专栏建设工作安排"
				: catalogue.type(o.typeKey()).name();
		return new View(o.id(), o.typeKey(), typeName, o.unitId(), organization.unitNames().get(o.unitId()),
				o.subject(), o.due().dueAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime(), o.due().provisional(),
				o.isOverdue(OffsetDateTime.now(clock)), o.due().explanation(), o.status().name(), o.openedAt(),
				o.missedAt(), o.closedAt(), o.closingNote(), o.processInstanceId(), o.recordId());
	}

}
