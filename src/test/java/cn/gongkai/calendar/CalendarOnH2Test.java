package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import cn.gongkai.support.H2Database;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class CalendarOnH2Test {

	private static final YearArrangement LABOUR_DAY_2026 = new YearArrangement(2026, "测试",
			List.of(new YearArrangement.Holiday("劳动节", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5),
					List.of(LocalDate.of(2026, 5, 9)))));

	@Test
	void theCalendarsSqlRunsOnTheEmbeddedDefaultDatabase() {
		var calendar = new WorkingDayCalendar(new CalendarRepository(H2Database.migrated(), Clock.systemUTC()), event -> {
		});
		calendar.load(LABOUR_DAY_2026, "test");
		assertThat(calendar.hasYear(2026)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
		assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 4, 30), 20).due()).isEqualTo(LocalDate.of(2026, 6, 1));
	}

	@Test
	void aTransactionAsksTheTableOnceAndSeesAYearItLoadsItself() {
		DataSource dataSource = H2Database.migratedDataSource();
		AtomicInteger checks = new AtomicInteger();
		var repository = new CalendarRepository(JdbcClient.create(dataSource), Clock.systemUTC()) {
			@Override
			String version() {
				checks.incrementAndGet();
				return super.version();
			}
		};
		var calendar = new WorkingDayCalendar(repository, event -> {
		});
		var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transactions.executeWithoutResult(status -> {
			assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 4, 30), 20).due())
				.as("weekdays only, before the year is loaded")
				.isEqualTo(LocalDate.of(2026, 5, 28));
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 1))).isTrue();
			assertThat(checks).as("one look at the table for the transaction").hasValue(1);
			calendar.load(LABOUR_DAY_2026, "test");
			assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 4, 30), 20).due())
				.as("the year loaded in this transaction")
				.isEqualTo(LocalDate.of(2026, 6, 1));
		});
		checks.set(0);
		transactions.executeWithoutResult(status -> {
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
			assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();
			assertThat(checks).as("the next transaction looks again, once").hasValue(1);
		});
	}

}
