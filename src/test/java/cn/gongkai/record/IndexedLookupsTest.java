package cn.gongkai.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import cn.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lookups that grow with the bureau's years are planned on indexes, not on reading every row: asked with sequential
 * scans priced out of reach, PostgreSQL still plans one where no index can serve the statement.
 */
@GongkaiTest
class IndexedLookupsTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aPersonsRecordsAreFoundThroughTheDrafterAndSubmitterIndexes() {
		assertThat(plan(RecordRepository.TOUCHED_BY, Map.of("user", "jianceDrafter", "limit", 20)))
			.doesNotContain("Seq Scan");
	}

	@Test
	void theColumnsNewestRecordsAcrossSectionsAreReadInOrderFromAnIndex() {
		ColumnQuery everything = new ColumnQuery(null, null, null, null, null);
		Map<String, Object> parameters = new HashMap<>(everything.parameters());
		parameters.put("offset", 0);
		parameters.put("limit", 20);
		assertThat(plan(PublishedRecords.searchSql(everything), parameters)).doesNotContain("Seq Scan")
			.as("newest first without sorting the whole column")
			.doesNotContain("Sort");
	}

	private String plan(String sql, Map<String, ?> parameters) {
		return new TransactionTemplate(transactions).execute(tx -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			return String.join("\n", jdbc.sql("EXPLAIN " + sql).params(parameters).query(String.class).list());
		});
	}

}
