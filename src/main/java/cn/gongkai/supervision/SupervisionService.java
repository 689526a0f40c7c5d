package cn.gongkai.supervision;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.organization.Organization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The office's view of timeliness: per unit and month, from the obligations' own table. */
@Service
public class SupervisionService {

	private final JdbcClient jdbc;
	private final Organization organization;
	private final Clock clock;

	SupervisionService(JdbcClient jdbc, Organization organization, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * Every unit with an obligation due in {@code month}, in the organization's order. Cancelled obligations (no
	 * longer owed) are not counted.
	 */
	public List<UnitFigures> month(YearMonth month) {
		Map<String, int[]> counts = new HashMap<>();
		jdbc.sql("""
				SELECT unit_id,
				  COUNT(*) AS due,
				  SUM(CASE WHEN status <> 'OPEN' AND closed_at <= due_at THEN 1 ELSE 0 END) AS on_time,
				  SUM(CASE WHEN status <> 'OPEN' AND closed_at > due_at THEN 1 ELSE 0 END) AS late,
				  SUM(CASE WHEN status = 'OPEN' THEN 1 ELSE 0 END) AS still_open
				FROM gk_obligation
				WHERE status <> 'CANCELLED' AND due_at >= :from AND due_at < :to
				GROUP BY unit_id""")
			.param("from", month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.param("to", month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.query((rs, row) -> counts.put(rs.getString("unit_id"),
					new int[] { rs.getInt("due"), rs.getInt("on_time"), rs.getInt("late"), rs.getInt("still_open") }))
			.list();
		List<UnitFigures> figures = new ArrayList<>();
		for (Organization.Unit unit : organization.units()) {
			int[] c = counts.get(unit.id());
			if (c != null) {
				figures.add(new UnitFigures(unit.id(), unit.name(), c[0], c[1], c[2], c[3]));
			}
		}
		return figures;
	}

	public String unitName(String unitId) {
		return organization.unitNames().getOrDefault(unitId, unitId);
	}

}
