package cn.gongkai.waterquality;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Classes and verdicts worked by hand from GB 3838-2002 table 1–3 and the assessment method. */
class WaterAssessmentTest {

	@ParameterizedTest(name = "{0} = {1} → {2}")
	@CsvSource({
			// Each limit is inside its class; a hair above it is the next class.
			"NH3N, 0.15, I", "NH3N, 0.151, II", "NH3N, 0.5, II", "NH3N, 1.0, III", "NH3N, 1.01, IV", "NH3N, 1.5, IV",
			"NH3N, 2.0, V", "NH3N, 2.01, WORSE_THAN_V",
			// Limits shared by classes: the better class.
			"COD, 15, I", "COD, 15.1, III", "COD, 20, III", "COD, 30, IV", "COD, 40, V", "COD, 40.5, WORSE_THAN_V",
			"BOD5, 3, I", "BOD5, 4, III", "CODMN, 2, I", "CODMN, 6, III", "CODMN, 15.1, WORSE_THAN_V",
			"HG, 0.00005, I", "HG, 0.00006, III", "HG, 0.0001, III", "HG, 0.0011, WORSE_THAN_V",
			"CU, 0.01, I", "CU, 0.02, II", "CU, 1.01, WORSE_THAN_V",
			"FC, 200, I", "FC, 40000, V", "FC, 40001, WORSE_THAN_V",
			// Dissolved oxygen: at least the limit.
			"DO, 7.5, I", "DO, 7.49, II", "DO, 6, II", "DO, 5, III", "DO, 4.99, IV", "DO, 3, IV", "DO, 2, V",
			"DO, 1.99, WORSE_THAN_V",
			// pH: 6 to 9 in every class, outside none.
			"PH, 6, I", "PH, 9, I", "PH, 5.99, WORSE_THAN_V", "PH, 9.01, WORSE_THAN_V" })
	void anItemTakesTheBestClassWhoseLimitItMeets(WaterItem item, String value, WaterClass expected) {
		assertThat(WaterAssessment.classOf(item, new BigDecimal(value), false)).isEqualTo(expected);
	}

	@Test
	void totalNitrogenHasAClassInALakeButIsNotAssessed() {
		WaterAssessment lake = WaterAssessment.of(values("NH3N", "0.4", "TN", "1.2"), true, WaterClass.III);
		assertThat(lake.itemClasses()).containsEntry(WaterItem.TN, WaterClass.IV);
		assertThat(lake.siteClass()).isEqualTo(WaterClass.II);
		assertThat(lake.meets()).isTrue();
	}

	@Test
	void totalPhosphorusHasTheLakesOwnLimitsInALake() {
		assertThat(WaterAssessment.classOf(WaterItem.TP, new BigDecimal("0.05"), false)).isEqualTo(WaterClass.II);
		assertThat(WaterAssessment.classOf(WaterItem.TP, new BigDecimal("0.05"), true)).isEqualTo(WaterClass.III);
		assertThat(WaterAssessment.classOf(WaterItem.TP, new BigDecimal("0.2"), true)).isEqualTo(WaterClass.V);
		assertThat(WaterAssessment.classOf(WaterItem.TP, new BigDecimal("0.21"), true)).isEqualTo(WaterClass.WORSE_THAN_V);
	}

	@Test
	void aSectionIsItsWorstAssessedItemAndExceedingItemsCarryTheirMultiple() {
		Map<WaterItem, BigDecimal> values = values("PH", "7.8", "DO", "6.2", "CODMN", "4.5", "COD", "18", "BOD5", "3.5",
				"NH3N", "1.5", "TP", "0.24", "TN", "9.5", "FC", "50000");
		WaterAssessment a = WaterAssessment.of(values, false, WaterClass.III);
		// NH3-N 1.5 is Ⅳ, TP 0.24 is Ⅳ; faecal coliforms (劣Ⅴ) are reported but not assessed; total nitrogen has a class
		// only in a lake or reservoir.
		assertThat(a.siteClass()).isEqualTo(WaterClass.IV);
		assertThat(a.itemClasses()).doesNotContainKey(WaterItem.TN)
			.containsEntry(WaterItem.FC, WaterClass.WORSE_THAN_V)
			.containsEntry(WaterItem.CODMN, WaterClass.III)
			.containsEntry(WaterItem.DO, WaterClass.II);
		assertThat(a.meets()).isFalse();
		// (1.5 − 1.0) / 1.0 = 0.50; (0.24 − 0.2) / 0.2 = 0.20.
		assertThat(a.exceedingText()).isEqualTo("氨氮（0.50）、总磷（0.20）");
	}

	@Test
	void aSectionWithinItsTargetMeetsIt() {
		WaterAssessment a = WaterAssessment.of(values("DO", "3.5", "NH3N", "1.2", "TP", "0.25"), false, WaterClass.IV);
		assertThat(a.siteClass()).isEqualTo(WaterClass.IV);
		assertThat(a.meets()).isTrue();
		assertThat(a.exceedingText()).isEmpty();
	}

	@Test
	void lowOxygenAndPhExceedWithoutAMultiple() {
		WaterAssessment a = WaterAssessment.of(values("PH", "9.4", "DO", "4", "NH3N", "0.1"), false, WaterClass.II);
		assertThat(a.siteClass()).isEqualTo(WaterClass.WORSE_THAN_V);
		assertThat(a.exceedingText()).isEqualTo("pH、溶解氧");
	}

	@Test
	void aSourceExceedsOnASupplementaryOrSpecificItemWhateverItsClass() {
		WaterAssessment a = WaterAssessment.of(values("NH3N", "0.3", "MN", "0.15", "FE", "0.3", "BENZENE", "0.02"), true,
				WaterClass.III);
		assertThat(a.siteClass()).isEqualTo(WaterClass.II);
		assertThat(a.meets()).isFalse();
		// Mn (0.15 − 0.1) / 0.1 = 0.50; iron at its limit meets it; benzene (0.02 − 0.01) / 0.01 = 1.00.
		assertThat(a.exceedingText()).isEqualTo("锰（0.50）、苯（1.00）");
	}

	@Test
	void aSourceOfOnlySpecificItemsHasNoClassAndMayMeetItsTarget() {
		WaterAssessment a = WaterAssessment.of(values("CHLOROFORM", "0.01"), false, WaterClass.III);
		assertThat(a.siteClass()).isNull();
		assertThat(a.meets()).isTrue();
	}

	private static Map<WaterItem, BigDecimal> values(String... pairs) {
		Map<WaterItem, BigDecimal> values = new EnumMap<>(WaterItem.class);
		for (int i = 0; i < pairs.length; i += 2) {
			values.put(WaterItem.valueOf(pairs[i]), new BigDecimal(pairs[i + 1]));
		}
		return values;
	}

}
