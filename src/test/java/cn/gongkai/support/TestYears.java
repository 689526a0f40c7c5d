package cn.gongkai.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tests that load an arrangement for a year the application does not ship take it away again, so that every test
 * finds that year without data, as production does until the State Council publishes it.
 */
public final class TestYears {

	private TestYears() {
	}

	public static void remove(JdbcClient jdbc, int year) {
		jdbc.sql("DELETE FROM gk_calendar_day WHERE cal_year = :year").param("year", year).update();
		jdbc.sql("DELETE FROM gk_calendar_year WHERE cal_year = :year").param("year", year).update();
	}

}
