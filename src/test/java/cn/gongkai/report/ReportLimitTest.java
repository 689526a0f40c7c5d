package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import cn.gongkai.organization.Organization;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.H2Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding 7: the hourly limit per address holds when the reports arrive at the same moment, on PostgreSQL (through the
 * application) and on H2 (the default run's database), each report in its own transaction as a request would be.
 */
@GongkaiTest
class ReportLimitTest {

	@Autowired
	ReportService reports;

	@Autowired
	ReportProperties limits;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onPostgresSevenSimultaneousReportsFromOneAddressAreCountedOneAfterTheOther() throws Exception {
		String marker = marker();
		assertThat(accepted(limits.maxPerHour() + 2, marker,
				(form) -> reports.submit(form, List.of(), "198.51.100.1" + marker))).isEqualTo(limits.maxPerHour());
		assertThat(stored(jdbc, marker)).isEqualTo(limits.maxPerHour());
	}

	@Test
	void onH2TheSame() throws Exception {
		var dataSource = H2Database.migratedDataSource();
		var transactions = new DataSourceTransactionManager(dataSource);
		JdbcClient h2 = JdbcClient.create(dataSource);
		ReportService service = new ReportService(h2, limits, new Organization(List.of(), List.of(), List.of()),
				event -> {
				}, Clock.system(ZoneId.of("Asia/Shanghai")), transactions, null, null);
		TransactionTemplate request = new TransactionTemplate(transactions);
		String marker = marker();
		assertThat(accepted(limits.maxPerHour() + 2, marker, form -> request
			.executeWithoutResult(status -> service.submit(form, List.of(), "198.51.100.2" + marker))))
			.isEqualTo(limits.maxPerHour());
		assertThat(stored(h2, marker)).isEqualTo(limits.maxPerHour());
	}

	private static long accepted(int senders, String marker, Consumer<ReportForm> submit) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < senders; i++) {
				ReportForm form = new ReportForm("AIR", marker + "-" + i, "2026-12-01", "夜间排放黑烟，气味刺鼻。", null, null,
						null);
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						submit.accept(form);
						return true;
					}
					catch (ReportRefusedException ex) {
						assertThat(ex.problems()).anySatisfy(p -> assertThat(p).contains("提交过于频繁"));
						return false;
					}
				}));
			}
			start.countDown();
			long accepted = 0;
			for (Future<Boolean> outcome : outcomes) {
				accepted += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			return accepted;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long stored(JdbcClient jdbc, String marker) {
		return jdbc.sql("SELECT COUNT(*) FROM gk_report WHERE place LIKE :marker")
			.param("marker", marker + "-%")
			.query(Long.class)
			.single();
	}

	private static String marker() {
		return "同时提交测试点" + UUID.randomUUID().toString().substring(0, 8);
	}

}
