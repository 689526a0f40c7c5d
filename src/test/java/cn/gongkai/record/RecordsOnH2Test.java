package cn.gongkai.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import cn.gongkai.support.Files;
import cn.gongkai.support.H2Database;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The record life cycle's SQL on H2, the database of the default run. */
class RecordsOnH2Test {

	@Test
	void aRecordIsDraftedAttachedSubmittedReviewedAndPublished() {
		var jdbc = H2Database.migrated();
		var clock = Clock.systemUTC();
		var changes = new ChangeRepository(jdbc);
		var events = new java.util.ArrayList<Object>();
		var log = new ColumnChangeLog(jdbc);
		var records = new RecordService(new RecordRepository(jdbc), changes, log, clock, events::add);
		var reviews = new ReviewService(records, new ReviewRepository(jdbc), clock);
		var attachments = new AttachmentService(jdbc, records, clock, 1024 * 1024, 5);
		var published = new PublishedRecords(jdbc, changes, log);

		long id = records.createDraft("env-quality", "air-quality", "jiance", "jianceDrafter", "H2 测试");
		attachments.attach(id, "a.pdf", Files.pdf(), "jianceDrafter");
		records.submit(id, new DraftContent("H2 测试", "ZZHB-1", "概述", "正文", LocalDate.of(2026, 11, 1), false, false),
				"jianceDrafter");
		reviews.decide(id, ReviewLevel.UNIT_HEAD, "jianceHead", ReviewDecision.APPROVE, null);
		reviews.decideSecrecy(id, ReviewLevel.SECRECY, "jianceSecrecy", SecrecyOutcome.PUBLISH, null, "依据", "同意");
		records.publish(id);

		assertThat(published.search(new ColumnQuery("air-quality", null, null, null, null), 0, 10)).singleElement().satisfies(p -> {
			assertThat(p.recordId()).isEqualTo(id);
			assertThat(attachments.listPublished(p.id())).hasSize(1);
		});
		assertThat(published.count(new ColumnQuery("air-quality", null, null, null, null))).isEqualTo(1);
		assertThat(published.count(new ColumnQuery("air-quality", "H2 测试", null, null, "jiance"))).isEqualTo(1);
		assertThat(published.count(new ColumnQuery("air-quality", "H2_测试", null, null, null))).isZero();
		assertThat(reviews.history(id)).hasSize(2);
		assertThat(events).containsExactly(new VersionPublished(id, published.latestVersionId(id).orElseThrow(), "air-quality"),
				new ColumnChanged(id));
		long first = published.latestVersionId(id).orElseThrow();
		assertThat(published.changesAfter(0, 10)).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(ColumnChange.Kind.PUBLISHED);
			assertThat(c.recordKey()).isEqualTo(first);
			assertThat(c.listing().title()).isEqualTo("H2 测试");
		});
		long stamp = published.stamp();

		// A correction the secrecy review refuses puts the published text back; a retraction takes the record off.
		records.requestCorrection(id, "更正理由", "jianceDrafter");
		records.submit(id, new DraftContent("H2 测试（改）", "ZZHB-1", "概述", "正文", LocalDate.of(2026, 11, 1), false, false),
				"jianceDrafter");
		records.withhold(id);
		assertThat(records.get(id).title()).isEqualTo("H2 测试");
		assertThat(records.get(id).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(attachments.list(id)).hasSize(1);
		assertThat(published.stamp()).isEqualTo(stamp);
		records.requestRetraction(id, "撤回理由", "jianceDrafter");
		records.publish(id);
		assertThat(records.get(id).status()).isEqualTo(RecordStatus.RETRACTED);
		assertThat(published.isRetracted(id)).isTrue();
		assertThat(published.count(new ColumnQuery("air-quality", null, null, null, null))).isZero();
		assertThat(published.withdrawn("air-quality", 10)).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(ChangeKind.RETRACTION);
			assertThat(w.reason()).isEqualTo("撤回理由");
			assertThat(w.replacedBy()).isNull();
		});
		assertThat(published.stamp()).isGreaterThan(stamp);
		// The refused correction is no change of the column; the retraction hides the text its publication listed.
		assertThat(published.changesAfter(0, 10)).extracting(ColumnChange::seq, ColumnChange::kind, ColumnChange::versionId,
				ColumnChange::reason, ColumnChange::listing)
			.containsExactly(tuple(1L, ColumnChange.Kind.PUBLISHED, first, null, null),
					tuple(2L, ColumnChange.Kind.RETRACTED, first, "撤回理由", null));
		assertThat(published.changesAfter(1, 10)).hasSize(1);
		assertThat(published.changesAfter(2, 10)).isEmpty();
		assertThat(published.lastChange()).isEqualTo(2);
	}

	/** A person's home page lists what they drafted and what they submitted though another drafted it, newest first. */
	@Test
	void aPersonsRecordsAreThoseTheyDraftedOrSubmittedTheLatestChangeFirst() {
		var jdbc = H2Database.migrated();
		var changes = new ChangeRepository(jdbc);
		long drafted = recordsAt(jdbc, changes, 1).createDraft("env-quality", "air-quality", "jiance", "jianceDrafter", "起草的");
		long scheduled = recordsAt(jdbc, changes, 2).createDraft("env-quality", "air-quality", "jiance", Record.SCHEDULE,
				"计划打开的");
		recordsAt(jdbc, changes, 3).submit(scheduled,
				new DraftContent("计划打开的", "ZZHB-2", "概述", "正文", LocalDate.of(2026, 11, 1), false, false), "jianceDrafter");
		recordsAt(jdbc, changes, 4).createDraft("env-quality", "air-quality", "jiance", "jianceHead", "别人的");

		RecordService records = recordsAt(jdbc, changes, 5);
		assertThat(records.touchedBy("jianceDrafter", 10)).extracting(Record::id).containsExactly(scheduled, drafted);
		assertThat(records.touchedBy("jianceDrafter", 1)).extracting(Record::id).containsExactly(scheduled);
		assertThat(records.touchedBy(Record.SCHEDULE, 10)).extracting(Record::id).containsExactly(scheduled);
	}

	/** Nobody reviews a record they drafted, submitted a version of, or asked to change (the four-eyes rule). */
	@Test
	void theAuthorsOfARecordAreItsDrafterItsSubmittersAndWhoeverAskedToChangeIt() {
		var jdbc = H2Database.migrated();
		var changes = new ChangeRepository(jdbc);
		RecordService records = recordsAt(jdbc, changes, 1);
		long id = records.createDraft("env-quality", "air-quality", "jiance", Record.SCHEDULE, "四眼");
		records.submit(id, new DraftContent("四眼", "ZZHB-3", "概述", "正文", LocalDate.of(2026, 11, 1), false, false),
				"jianceDrafter");
		records.publish(id);
		assertThat(records.isAuthor(id, "jianceHead")).isFalse();
		records.requestCorrection(id, "数据有误", "jianceHead");

		assertThat(records.isAuthor(id, Record.SCHEDULE)).as("its drafter").isTrue();
		assertThat(records.isAuthor(id, "jianceDrafter")).as("who submitted a version").isTrue();
		assertThat(records.isAuthor(id, "jianceHead")).as("who asked for a correction").isTrue();
		assertThat(records.isAuthor(id, "jianceLeader")).isFalse();
	}

	private static RecordService recordsAt(JdbcClient jdbc, ChangeRepository changes, int hour) {
		return new RecordService(new RecordRepository(jdbc), changes, new ColumnChangeLog(jdbc),
				Clock.fixed(at(hour).toInstant(), ZoneOffset.UTC), event -> {
				});
	}

	/** What was published, corrected and retracted before the change log existed is numbered in the order it happened. */
	@Test
	void theMigrationNumbersEarlierChangesInTheOrderTheyTookEffect() {
		var dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(dataSource).table("gk_flyway_history").target("13").load().migrate();
		var jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				INSERT INTO gk_record (id, type_key, section_key, unit_id, drafter_id, status, title, created_at, updated_at)
				VALUES (1, 'env-quality', 'water-quality', 'jiance', 'jianceDrafter', 'PUBLISHED', '甲', :t0, :t0),
				       (2, 'env-quality', 'air-quality', 'jiance', 'jianceDrafter', 'RETRACTED', '乙', :t0, :t0)""")
			.param("t0", at(0))
			.update();
		jdbc.sql("""
				INSERT INTO gk_record_version (id, record_id, version_no, title, index_no, summary, body, date_formed,
				  personal_info, major_concern, submitted_by, submitted_at)
				VALUES (1, 1, 1, '甲', 'I-1', '概述甲', '正文', DATE '2026-11-01', FALSE, FALSE, 'jianceDrafter', :t0),
				       (2, 2, 1, '乙', 'I-2', '概述乙', '正文', DATE '2026-11-01', FALSE, FALSE, 'jianceDrafter', :t0),
				       (3, 1, 2, '甲（更正）', 'I-1', '概述甲', '正文', DATE '2026-11-01', FALSE, FALSE, 'jianceDrafter', :t0)""")
			.param("t0", at(0))
			.update();
		jdbc.sql("""
				INSERT INTO gk_published_version (id, record_id, version_id, section_key, unit_id, title, index_no, summary,
				  body, date_formed, published_at)
				VALUES (10, 1, 1, 'water-quality', 'jiance', '甲', 'I-1', '概述甲', '正文', DATE '2026-11-01', :t1),
				       (11, 2, 2, 'air-quality', 'jiance', '乙', 'I-2', '概述乙', '正文', DATE '2026-11-01', :t2),
				       (12, 1, 3, 'water-quality', 'jiance', '甲（更正）', 'I-1', '概述甲', '正文', DATE '2026-11-01', :t3)""")
			.param("t1", at(1))
			.param("t2", at(2))
			.param("t3", at(3))
			.update();
		jdbc.sql("""
				INSERT INTO gk_record_change (record_id, kind, status, reason, requested_by, requested_at, previous_version_id,
				  published_version_id, decided_at)
				VALUES (2, 'RETRACTION', 'EFFECTIVE', '误发', 'jianceDrafter', :t3, 11, NULL, :t4),
				       (1, 'CORRECTION', 'EFFECTIVE', '错字', 'jianceDrafter', :t2, 10, 12, :t3),
				       (1, 'CORRECTION', 'REFUSED', '不予', 'jianceDrafter', :t4, 12, NULL, :t4)""")
			.param("t2", at(2))
			.param("t3", at(3))
			.param("t4", at(4))
			.update();

		Flyway.configure().dataSource(dataSource).table("gk_flyway_history").load().migrate();
		var log = new ColumnChangeLog(jdbc);
		assertThat(log.after(0, 10)).extracting(ColumnChange::seq, ColumnChange::kind, ColumnChange::recordKey,
				ColumnChange::versionId, ColumnChange::replacedVersionId, ColumnChange::sectionKey, ColumnChange::reason)
			.containsExactly(tuple(1L, ColumnChange.Kind.PUBLISHED, 10L, 10L, null, "water-quality", null),
					tuple(2L, ColumnChange.Kind.PUBLISHED, 11L, 11L, null, "air-quality", null),
					tuple(3L, ColumnChange.Kind.CORRECTED, 10L, 12L, 10L, "water-quality", "错字"),
					tuple(4L, ColumnChange.Kind.RETRACTED, 11L, 11L, null, "air-quality", "误发"));
		assertThat(log.after(0, 10)).extracting(c -> c.listing() == null ? null : c.listing().title())
			.containsExactly("甲", null, "甲（更正）", null);
		assertThat(log.after(0, 10).get(2).effectiveAt().toInstant()).isEqualTo(at(3).toInstant());
		assertThat(log.last()).isEqualTo(4);
	}

	private static OffsetDateTime at(int hour) {
		return OffsetDateTime.parse("2026-11-02T08:00:00+08:00").plusHours(hour);
	}

}
