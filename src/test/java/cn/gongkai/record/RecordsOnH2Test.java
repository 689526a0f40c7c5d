package cn.gongkai.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import cn.gongkai.support.Files;
import cn.gongkai.support.H2Database;
import org.junit.jupiter.api.Test;

/** The record life cycle's SQL on H2, the database of the default run. */
class RecordsOnH2Test {

	@Test
	void aRecordIsDraftedAttachedSubmittedReviewedAndPublished() {
		var jdbc = H2Database.migrated();
		var clock = Clock.systemUTC();
		var changes = new ChangeRepository(jdbc);
		var events = new java.util.ArrayList<Object>();
		var records = new RecordService(new RecordRepository(jdbc), changes, clock, events::add);
		var reviews = new ReviewService(records, new ReviewRepository(jdbc), clock);
		var attachments = new AttachmentService(jdbc, records, clock, 1024 * 1024, 5);
		var published = new PublishedRecords(jdbc, changes);

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
		assertThat(events).containsExactly(new VersionPublished(id, published.latestVersionId(id).orElseThrow()),
				new ColumnChanged(id));
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
	}

}
