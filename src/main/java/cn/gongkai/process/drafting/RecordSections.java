package cn.gongkai.process.drafting;

import java.util.List;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.record.Record;
import org.springframework.stereotype.Component;

/**
 * Where a record may be filed: any section of its type, or, for a record that answers an obligation owed in one
 * section (the monitoring types' half-monthly updates), that section only.
 */
@Component
class RecordSections {

	private final Catalogue catalogue;
	private final ObligationService obligations;

	RecordSections(Catalogue catalogue, ObligationService obligations) {
		this.catalogue = catalogue;
		this.obligations = obligations;
	}

	List<String> allowed(Record record) {
		return obligations.ofRecord(record.id())
			.map(Obligation::sectionKey)
			.map(List::of)
			.orElseGet(() -> catalogue.type(record.typeKey()).sections());
	}

}
