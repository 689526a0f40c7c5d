package cn.gongkai.supervision;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gongkai.obligation.DueFigures;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.organization.Organization;
import org.springframework.stereotype.Service;

/** The office's view of timeliness: per unit and month, from the obligations' owner. */
@Service
public class SupervisionService {

	private final ObligationService obligations;
	private final Organization organization;

	SupervisionService(ObligationService obligations, Organization organization) {
		this.obligations = obligations;
		this.organization = organization;
	}

	/**
	 * Every unit with an obligation due in {@code month}, in the organization's order. Cancelled obligations (no
	 * longer owed) are not counted.
	 */
	public List<UnitFigures> month(YearMonth month) {
		Map<String, DueFigures> counts = obligations.figures(month);
		List<UnitFigures> figures = new ArrayList<>();
		for (Organization.Unit unit : organization.units()) {
			DueFigures c = counts.get(unit.id());
			if (c != null) {
				figures.add(new UnitFigures(unit.id(), unit.name(), c.due(), c.onTime(), c.late(), c.stillOpen(), c.overdue()));
			}
		}
		return figures;
	}

	public String unitName(String unitId) {
		return organization.unitNames().getOrDefault(unitId, unitId);
	}

}
