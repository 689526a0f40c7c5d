package cn.gongkai.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.gongkai.support.H2Database;
import org.junit.jupiter.api.Test;

/** The obligation table's SQL on H2, the database of the default run. */
class ObligationsOnH2Test {

	@Test
	void anOccasionOpensOnceForATypeAndUnitAndAgainForAnother() {
		var jdbc = H2Database.migrated();
		var obligations = new ObligationRepository(jdbc);
		OffsetDateTime now = OffsetDateTime.parse("2026-12-01T08:00:00+08:00");
		Due due = new Due(Due.Rule.FIXED_DATE, "每月15日前", LocalDate.of(2026, 12, 15),
				null, OffsetDateTime.parse("2026-12-15T23:59:59+08:00"), false, "截止 2026-12-15");

		var first = obligations.insertIfNew("env-quality", "jiance", "2026-12-1", null, "空气质量", due, now);
		assertThat(first).isPresent();
		assertThat(obligations.find(first.getAsLong())).hasValueSatisfying(o -> {
			assertThat(o.occasion()).isEqualTo("2026-12-1");
			assertThat(o.due()).isEqualTo(due);
		});
		assertThat(obligations.insertIfNew("env-quality", "jiance", "2026-12-1", null, "空气质量", due, now))
			.as("the same occasion again")
			.isEmpty();
		assertThat(obligations.insertIfNew("env-quality", "jiancezhan", "2026-12-1", null, "空气质量", due, now))
			.as("another unit's")
			.isPresent();
		assertThat(obligations.exists("env-quality", "jiance", "2026-12-1")).isTrue();
	}

}
