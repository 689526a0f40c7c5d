package cn.gongkai.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.gongkai.support.H2Database;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A site polling the change list with the last number it saw misses nothing: a number becomes visible only after every
 * smaller one has, whatever order the transactions that take them commit in.
 */
class ColumnChangeLogTest {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T10:00:00+08:00");

	@Test
	void aLaterNumberWaitsForTheEarlierOneToCommit() throws Exception {
		var dataSource = H2Database.migratedDataSource();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		var log = new ColumnChangeLog(jdbc);
		long first = publishedVersion(jdbc, "甲");
		long second = publishedVersion(jdbc, "乙");
		var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		CountDownLatch numbered = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> slow = pool.submit(() -> transactions.executeWithoutResult(status -> {
				log.append(ColumnChange.Kind.PUBLISHED, recordOf(jdbc, first), first, null, null, NOW);
				numbered.countDown();
				await(mayCommit);
			}));
			assertThat(numbered.await(10, TimeUnit.SECONDS)).isTrue();
			Future<?> fast = pool.submit(() -> transactions.executeWithoutResult(
					status -> log.append(ColumnChange.Kind.PUBLISHED, recordOf(jdbc, second), second, null, null, NOW)));
			Thread.sleep(300);
			assertThat(fast.isDone()).as("the second number waits for the first to commit").isFalse();
			assertThat(log.after(0, 10)).isEmpty();
			assertThat(log.last()).isZero();

			mayCommit.countDown();
			slow.get(10, TimeUnit.SECONDS);
			fast.get(10, TimeUnit.SECONDS);
			assertThat(log.after(0, 10)).extracting(ColumnChange::seq, ColumnChange::versionId)
				.containsExactly(tuple(1L, first), tuple(2L, second));
			assertThat(log.after(1, 10)).extracting(ColumnChange::seq).containsExactly(2L);
			assertThat(log.last()).isEqualTo(2);
		}
		finally {
			mayCommit.countDown();
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long recordOf(JdbcClient jdbc, long versionId) {
		return jdbc.sql("SELECT record_id FROM gk_published_version WHERE id = :id").param("id", versionId)
			.query(Long.class)
			.single();
	}

	/** A record published by hand, without the log: only the log's own numbering is under test. */
	private static long publishedVersion(JdbcClient jdbc, String title) {
		jdbc.sql("""
				INSERT INTO gk_record (type_key, section_key, unit_id, drafter_id, status, title, created_at, updated_at)
				VALUES ('env-quality', 'water-quality', 'jiance', 'jianceDrafter', 'PUBLISHED', :title, :now, :now)""")
			.param("title", title)
			.param("now", NOW)
			.update();
		long record = lastId(jdbc, "gk_record");
		jdbc.sql("""
				INSERT INTO gk_record_version (record_id, version_no, title, index_no, summary, body, date_formed,
				  personal_info, major_concern, submitted_by, submitted_at)
				VALUES (:record, 1, :title, 'I-1', '概述', '正文', DATE '2026-12-01', FALSE, FALSE, 'jianceDrafter', :now)""")
			.param("record", record)
			.param("title", title)
			.param("now", NOW)
			.update();
		jdbc.sql("""
				INSERT INTO gk_published_version (record_id, version_id, section_key, unit_id, title, index_no, summary,
				  body, date_formed, published_at)
				SELECT record_id, id, 'water-quality', 'jiance', title, index_no, summary, body, date_formed, :now
				FROM gk_record_version WHERE record_id = :record""")
			.param("record", record)
			.param("now", NOW)
			.update();
		return lastId(jdbc, "gk_published_version");
	}

	private static long lastId(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT MAX(id) FROM " + table).query(Long.class).single();
	}

}
