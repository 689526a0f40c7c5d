package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.gongkai.report.ReportProperties;
import cn.gongkai.support.Applicants;
import cn.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The online form's hourly limit per address holds when the applications arrive at the same moment. */
@GongkaiTest
class ApplicationLimitTest {

	@Autowired
	ApplicationService applications;

	@Autowired
	ReportProperties limits;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sevenSimultaneousApplicationsFromOneAddressAreCountedOneAfterTheOther() throws Exception {
		String address = "203.0.113." + UUID.randomUUID();
		int senders = limits.maxPerHour() + 2;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < senders; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						applications.submitOnline(Applicants.form("NATURAL_PERSON"), address);
						return true;
					}
					catch (ApplicationRefusedException ex) {
						assertThat(ex.problems()).containsExactly("提交过于频繁，请一小时后再试");
						return false;
					}
				}));
			}
			start.countDown();
			long accepted = 0;
			for (Future<Boolean> outcome : outcomes) {
				accepted += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(limits.maxPerHour());
		}
		finally {
			pool.shutdownNow();
		}
		String hash = ApplicationService.sha256(limits.addressSalt() + "|application|" + address);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM gk_application WHERE address_hash = :hash").param("hash", hash)
			.query(Long.class).single()).isEqualTo(limits.maxPerHour());
	}

}
