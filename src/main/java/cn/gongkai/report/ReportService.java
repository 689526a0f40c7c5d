package cn.gongkai.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.gongkai.obligation.Due;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.organization.Organization;
import cn.gongkai.record.Days;
import cn.gongkai.record.FileKind;
import cn.gongkai.record.TextHygiene;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The online reporting channel (在线举报, docs/design.md §7): validation, flood limits, receipts and the public lookup. */
@Service
public class ReportService {

	static final int MAX_PLACE = 200;
	static final int MAX_DESCRIPTION = 2000;
	static final int MAX_NAME = 50;
	static final int MAX_FILE_NAME = 200;
	private static final Pattern PHONE = Pattern.compile("[0-9][0-9 \\-]{4,18}[0-9]");
	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;
	private final CaseDeadlines deadlines;
	private final CaseOutcomes outcomes;
	private final TransactionTemplate senderInsert;
	private final ReportProperties limits;
	private final Organization organization;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ReportService(JdbcClient jdbc, ReportProperties limits, Organization organization, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions, CaseOutcomes outcomes, CaseDeadlines deadlines) {
		this.jdbc = jdbc;
		this.outcomes = outcomes;
		this.deadlines = deadlines;
		this.senderInsert = new TransactionTemplate(transactions);
		this.senderInsert.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.limits = limits;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	/** Stores the report and its photos and starts its case, all or nothing; refused with every problem named. */
	@Transactional
	public Receipt submit(ReportForm form, List<Photo> photos, String clientAddress) {
		if (form.website() != null && !form.website().isEmpty()) {
			// Only a program fills the hidden field; it learns nothing from the answer.
			throw new ReportRefusedException(List.of("提交未被受理，请刷新页面后重新填写"));
		}
		String addressHash = sha256(limits.addressSalt() + "|" + clientAddress);
		lockSender(addressHash);
		// After the lock: a report that waited for it counts those stored while it waited.
		OffsetDateTime now = OffsetDateTime.now(clock);
		long recent = jdbc.sql("""
				SELECT COUNT(*) FROM gk_report WHERE address_hash = :hash AND created_at > :since AND created_at <= :now""")
			.param("hash", addressHash)
			.param("since", now.minusHours(1))
			.param("now", now)
			.query(Long.class)
			.single();
		if (recent >= limits.maxPerHour()) {
			throw new ReportRefusedException(List.of("提交过于频繁，请一小时后再试；情况紧急请拨打 12369 环保举报热线"));
		}
		List<String> problems = new ArrayList<>();
		ReportCategory category = category(form.category(), problems);
		String place = required(form.place(), "事发地点", MAX_PLACE, problems);
		LocalDate occurredOn = occurredOn(form.occurredOn(), now.atZoneSameInstant(clock.getZone()).toLocalDate(), problems);
		String description = required(form.description(), "问题描述", MAX_DESCRIPTION, problems);
		String name = optional(form.name(), "姓名", MAX_NAME, problems);
		String phone = optional(form.phone(), "联系电话", 20, problems);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add("联系电话只能包含数字、空格和连字符");
		}
		List<FileKind> kinds = photos(photos, problems);
		if (!problems.isEmpty()) {
			throw new ReportRefusedException(problems);
		}
		String trackingNo = trackingNo(now);
		String code = secretCode();
		String salt = HexFormat.of().formatHex(bytes(16));
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_report (tracking_no, secret_salt, secret_hash, category, place, occurred_on, description,
				reporter_name, reporter_phone, address_hash, created_at) VALUES (:tracking, :salt, :hash, :category, :place,
				:occurredOn, :description, :name, :phone, :address, :now)""")
			.param("tracking", trackingNo)
			.param("salt", salt)
			.param("hash", sha256(salt + code))
			.param("category", category.name())
			.param("place", place)
			.param("occurredOn", occurredOn)
			.param("description", description)
			.param("name", name)
			.param("phone", phone)
			.param("address", addressHash)
			.param("now", now)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (int i = 0; i < photos.size(); i++) {
			Photo photo = photos.get(i);
			jdbc.sql("""
					INSERT INTO gk_report_photo (report_id, file_name, media_type, size_bytes, content)
					VALUES (:report, :name, :type, :size, :content)""")
				.param("report", id)
				.param("name", photo.fileName().strip())
				.param("type", kinds.get(i).mediaType())
				.param("size", photo.content().length)
				.param("content", photo.content())
				.update();
		}
		String title = ("群众举报：" + category.label() + "（" + place + "）");
		events.publishEvent(new ReportSubmitted(id, title.length() > 180 ? title.substring(0, 179) + "…" : title));
		return new Receipt(id, trackingNo, code);
	}

	/**
	 * Holds the sender's row until the caller's transaction commits or rolls back: concurrent submissions from one
	 * address, on any node, are counted one after the other. Every public form's flood limit counts under it (each
	 * form hashes the address with a salt of its own, so each has its own row). The row is created in a transaction
	 * of its own, so that a duplicate (another submission creating it at the same moment) does not spoil this one on
	 * PostgreSQL.
	 */
	public void lockSender(String addressHash) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM gk_report_sender WHERE address_hash = :hash")
			.param("hash", addressHash)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			try {
				senderInsert.executeWithoutResult(status -> jdbc
					.sql("INSERT INTO gk_report_sender (address_hash) VALUES (:hash)")
					.param("hash", addressHash)
					.update());
			}
			catch (DuplicateKeyException ex) {
				// Created by a concurrent report: locked below all the same.
			}
		}
		jdbc.sql("SELECT address_hash FROM gk_report_sender WHERE address_hash = :hash FOR UPDATE")
			.param("hash", addressHash)
			.query(String.class)
			.single();
	}

	/** The case's public status, only for the right tracking number and secret code; nothing tells which was wrong. */
	public Optional<CaseStatus> lookup(String trackingNo, String secretCode) {
		if (trackingNo == null || secretCode == null || trackingNo.length() > 20 || secretCode.length() > 20) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM gk_report WHERE tracking_no = :tracking")
			.param("tracking", trackingNo.strip().toUpperCase())
			.query((rs, row) -> {
				String expected = rs.getString("secret_hash");
				String given = sha256(rs.getString("secret_salt") + secretCode.strip().toUpperCase());
				if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
					return null;
				}
				return status(rs.getString("tracking_no"), ReportCategory.valueOf(rs.getString("category")),
						rs.getObject("created_at", OffsetDateTime.class), rs.getString("handling_unit"),
						rs.getObject("dispatched_at", OffsetDateTime.class), rs.getString("process_instance_id"));
			})
			.optional();
	}

	public Optional<Report> find(long id) {
		return jdbc.sql("SELECT * FROM gk_report WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Report(rs.getLong("id"), rs.getString("tracking_no"),
					ReportCategory.valueOf(rs.getString("category")), rs.getString("place"),
					rs.getObject("occurred_on", LocalDate.class), rs.getString("description"), rs.getString("reporter_name"),
					rs.getString("reporter_phone"), rs.getString("handling_unit"), rs.getString("process_instance_id"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.optional();
	}

	public List<StoredPhoto> photos(long reportId) {
		return jdbc.sql("SELECT id, report_id, file_name, media_type, size_bytes FROM gk_report_photo WHERE report_id = :id ORDER BY id")
			.param("id", reportId)
			.query((rs, row) -> new StoredPhoto(rs.getLong("id"), rs.getLong("report_id"), rs.getString("file_name"),
					rs.getString("media_type"), rs.getInt("size_bytes")))
			.list();
	}

	public Optional<byte[]> photoContent(long reportId, long photoId) {
		return jdbc.sql("SELECT content FROM gk_report_photo WHERE id = :id AND report_id = :report")
			.param("id", photoId)
			.param("report", reportId)
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	@Transactional
	public void attachProcess(long reportId, String processInstanceId) {
		jdbc.sql("UPDATE gk_report SET process_instance_id = :pi WHERE id = :id")
			.param("pi", processInstanceId)
			.param("id", reportId)
			.update();
	}

	@Transactional
	public void dispatched(long reportId, String unitId) {
		jdbc.sql("UPDATE gk_report SET handling_unit = :unit, dispatched_at = :at WHERE id = :id")
			.param("unit", unitId)
			.param("at", OffsetDateTime.now(clock))
			.param("id", reportId)
			.update();
	}

	private CaseStatus status(String trackingNo, ReportCategory category, OffsetDateTime createdAt, String handlingUnit,
			OffsetDateTime dispatchedAt, String processInstanceId) {
		LocalDate submitted = day(createdAt);
		LocalDate dispatched = dispatchedAt == null ? null : day(dispatchedAt);
		Optional<CaseOutcomes.Outcome> outcome = processInstanceId == null ? Optional.empty()
				: outcomes.of(processInstanceId);
		List<CaseStatus.Step> steps = new ArrayList<>();
		steps.add(new CaseStatus.Step("受理", submitted, "提交即受理"));
		steps.add(new CaseStatus.Step("交办承办单位", dispatched, limit(deadlines.dispatchDue(submitted))));
		steps.add(new CaseStatus.Step("调查处理并办结", outcome.map(CaseOutcomes.Outcome::concludedOn).orElse(null),
				dispatched == null ? "交办之日起20个工作日内" : limit(deadlines.handlingDue(dispatched))));
		steps.add(new CaseStatus.Step("公开处理结果",
				outcome.map(CaseOutcomes.Outcome::publishedAt).map(this::day).orElse(null),
				outcome.map(o -> "办结之日起20个工作日内，截止 " + day(o.due())).orElse("办结之日起20个工作日内")));
		String unitName = handlingUnit == null ? null : organization.unitNames().getOrDefault(handlingUnit, handlingUnit);
		if (outcome.isPresent()) {
			CaseOutcomes.Outcome o = outcome.get();
			if (o.status() == ObligationStatus.PUBLISHED && o.publishedVersionId() != null) {
				return new CaseStatus(trackingNo, category.label(), submitted, "已办结，处理结果已公开", o.publishedVersionId(),
						steps);
			}
			if (o.status() == ObligationStatus.WITHHELD) {
				return new CaseStatus(trackingNo, category.label(), submitted, "已办结，处理结果依法不予公开", null, steps);
			}
			return new CaseStatus(trackingNo, category.label(), submitted, "已办结，处理结果将于 " + day(o.due()) + " 前公开",
					null, steps);
		}
		if (unitName != null) {
			return new CaseStatus(trackingNo, category.label(), submitted, "已交办" + unitName + "调查处理", null, steps);
		}
		return new CaseStatus(trackingNo, category.label(), submitted, "已受理，等待信访处交办", null, steps);
	}

	private LocalDate day(OffsetDateTime time) {
		return time.atZoneSameInstant(clock.getZone()).toLocalDate();
	}

	private String limit(Due due) {
		return due.ruleText() + "，截止 " + day(due.dueAt());
	}

	private List<FileKind> photos(List<Photo> photos, List<String> problems) {
		List<FileKind> kinds = new ArrayList<>();
		if (photos.size() > limits.maxPhotos()) {
			problems.add("照片最多 " + limits.maxPhotos() + " 张");
			return kinds;
		}
		for (Photo photo : photos) {
			String name = photo.fileName() == null ? "" : photo.fileName().strip();
			if (name.isEmpty() || name.length() > MAX_FILE_NAME || name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
				problems.add("照片文件名无效");
				continue;
			}
			if (photo.content().length > limits.maxPhotoBytes()) {
				problems.add("照片“" + name + "”超过 " + limits.maxPhotoBytes() / (1024 * 1024) + " MB");
				continue;
			}
			Optional<FileKind> kind = FileKind.sniff(photo.content())
				.filter(k -> k == FileKind.PNG || k == FileKind.JPEG)
				.filter(k -> k.acceptsExtension(name));
			if (kind.isEmpty()) {
				problems.add("照片“" + name + "”不是 PNG 或 JPG 图片");
				continue;
			}
			kinds.add(kind.get());
		}
		return kinds;
	}

	private static ReportCategory category(String value, List<String> problems) {
		try {
			return ReportCategory.valueOf(value == null ? "" : value);
		}
		catch (IllegalArgumentException ex) {
			problems.add("请选择举报类别");
			return ReportCategory.OTHER;
		}
	}

	private static LocalDate occurredOn(String value, LocalDate today, List<String> problems) {
		if (value == null || value.isBlank()) {
			problems.add("请填写发生日期");
			return today;
		}
		Optional<LocalDate> parsed = Days.parse(value);
		if (parsed.isEmpty()) {
			problems.add("发生日期无法识别：请按 2026-12-07 或 2026/12/7 的格式填写");
			return today;
		}
		LocalDate day = parsed.get();
		if (day.isAfter(today)) {
			problems.add("发生日期不能晚于今天");
		}
		else if (day.isBefore(today.minusYears(5))) {
			problems.add("发生日期不能早于五年前");
		}
		return day;
	}

	private static String required(String value, String label, int max, List<String> problems) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			problems.add("请填写" + label);
		}
		else if (text.length() > max) {
			problems.add(label + "不能超过 " + max + " 个字");
		}
		TextHygiene.problem(label, text).ifPresent(problems::add);
		return text;
	}

	private static String optional(String value, String label, int max, List<String> problems) {
		String text = value == null ? "" : value.strip();
		if (text.length() > max) {
			problems.add(label + "不能超过 " + max + " 个字");
		}
		TextHygiene.problem(label, text).ifPresent(problems::add);
		return text.isEmpty() ? null : text;
	}

	private String trackingNo(OffsetDateTime now) {
		String day = now.atZoneSameInstant(clock.getZone()).toLocalDate().format(DAY);
		while (true) {
			String candidate = "JB" + day + String.format("%06d", random.nextInt(1_000_000));
			boolean taken = jdbc.sql("SELECT COUNT(*) FROM gk_report WHERE tracking_no = :t")
				.param("t", candidate)
				.query(Long.class)
				.single() > 0;
			if (!taken) {
				return candidate;
			}
		}
	}

	private String secretCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private byte[] bytes(int n) {
		byte[] b = new byte[n];
		random.nextBytes(b);
		return b;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
