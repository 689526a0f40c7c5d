package cn.gongkai.waterquality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.datatable.TableFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A water table is read whole or refused whole, each problem named by row and column as the spreadsheet shows them. */
class WaterTableCheckTest {

	static final String SURFACE = "断面,月份,pH,溶解氧(mg/L),高锰酸盐指数(mg/L),化学需氧量(mg/L),五日生化需氧量(mg/L),氨氮(mg/L),总磷(mg/L),总氮(mg/L)\n";

	static final List<WaterSite> SITES = List.of(
			new WaterSite("huayuankou", WaterKind.SURFACE, "花园口", "黄河", false, WaterClass.II, true),
			new WaterSite("chenqiao", WaterKind.SURFACE, "中牟陈桥", "贾鲁河", false, WaterClass.IV, true),
			new WaterSite("jiangang-source", WaterKind.DRINKING, "尖岗水库水源地", "尖岗水库", true, WaterClass.III, true));

	final WaterTableCheck surface = new WaterTableCheck(WaterKind.SURFACE, SITES, YearMonth.of(2026, 11),
			YearMonth.of(2026, 12));

	final WaterTableCheck drinking = new WaterTableCheck(WaterKind.DRINKING, SITES, YearMonth.of(2026, 11),
			YearMonth.of(2026, 12));

	@Test
	void aGoodTableGivesEachSiteMonthItsClassAndVerdict() {
		List<SiteMonth> months = read(surface, SURFACE + "花园口,2026-11,8.1,8.2,2.9,12,2.1,0.21,0.08,3.1\n"
				+ "中牟陈桥,2026年11月,7.6,5.4,5.8,24,4.5,1.62,0.28,\n");
		assertThat(months).hasSize(2);
		assertThat(months.get(0).assessment().siteClass()).isEqualTo(WaterClass.II);
		assertThat(months.get(0).assessment().meets()).isTrue();
		assertThat(months.get(1).month()).isEqualTo(YearMonth.of(2026, 11));
		// NH3-N 1.62 is Ⅴ: above the Ⅳ target by (1.62 − 1.5) / 1.5 = 0.08.
		assertThat(months.get(1).assessment().siteClass()).isEqualTo(WaterClass.V);
		assertThat(months.get(1).assessment().exceedingText()).isEqualTo("氨氮（0.08）");
		assertThat(months.get(1).values()).doesNotContainKey(WaterItem.TN);
	}

	@Test
	void everyProblemIsNamedWithItsRowAndColumnAndNothingIsRead() {
		String table = SURFACE + "花园口,2026-11,8.1,8.2,2.9,12,2.1,-0.2,0.08,3.1\n" // negative
				+ "花园口,2026-10,8.1,8.2,2.9,12,2.1,0.2,0.08,3.1\n" // before the period
				+ "惠济桥,2026-11,8.1,8.2,2.9,12,2.1,0.2,0.08,3.1\n" // unknown section
				+ "中牟陈桥,2026-11,7.6,5.4,5.8,24,4.5,1.6,0.28,\n" + "中牟陈桥,2026-11,7.6,5.4,5.8,24,4.5,1.6,0.28,\n" // duplicate
				+ "中牟陈桥,2026-12,15,25,5.8,24,30,1.6,,1.2\n" // pH, DO suspect, BOD5 > COD, TP missing, NH3-N > TN
				+ "中牟陈桥,十二月,7,5,5,20,4,1,0.2,\n"; // not a month
		DataRefusedException refused = catchThrowableOfType(DataRefusedException.class, () -> read(surface, table));
		assertThat(refused.problems()).containsExactly("第 2 行“氨氮”列：不能为负数（-0.2）",
				"第 3 行“月份”列：2026-10 不在本期可填报的月份（2026-11 至 2026-12）之内",
				"第 4 行“断面”列：未知的断面“惠济桥”（可填：花园口、中牟陈桥）", "第 6 行：中牟陈桥 2026-11 的数据重复",
				"第 7 行“pH”列：pH 应在 0 至 14 之间（15）", "第 7 行“溶解氧”列：溶解氧 25 mg/L 远超饱和浓度，请核对",
				"第 7 行“总磷”列：未填写（地表水断面每月须报pH、溶解氧、高锰酸盐指数、化学需氧量、五日生化需氧量、氨氮、总磷）",
				"第 7 行“氨氮”列：氨氮（1.6）大于总氮（1.2），请核对", "第 7 行“五日生化需氧量”列：五日生化需氧量（30）大于化学需氧量（24），请核对",
				"第 8 行“月份”列：“十二月”不是有效月份，请写作 2026-11");
	}

	@Test
	void headingsAreCheckedBeforeAnyRow() {
		String table = "断面,月份,pH,溶解氧,高锰酸盐指数(mg/L),化学需氧量(mg/L),五日生化需氧量(mg/L),氨氮(μg/L),总磷(mg/L),锰(mg/L),浊度\n"
				+ "花园口,2026-11,8,8,3,12,2,200,0.1,0.05,3\n";
		DataRefusedException refused = catchThrowableOfType(DataRefusedException.class, () -> read(surface, table));
		assertThat(refused.problems()).containsExactly("第 1 行“溶解氧”列：溶解氧的单位应为 mg/L，请在列名后注明，如 溶解氧(mg/L)",
				"第 1 行“氨氮(μg/L)”列：氨氮的单位应为 mg/L，不是 μg/L", "第 1 行“锰(mg/L)”列：锰是饮用水源地的补充或特定项目，地表水断面表格不填",
				"第 1 行第 11 列：未知的列名“浊度”");
	}

	@Test
	void aSourceReportsTheItemsItMonitorsAndOnlySources() {
		String table = "水源地,月份,氨氮(mg/L),总磷(mg/L),锰(mg/L),三氯甲烷(mg/L)\n" + "尖岗水库水源地,2026-12-03,0.2,0.04,0.12,\n"
				+ "花园口,2026-12,0.2,0.04,,\n" + "尖岗水库水源地,2026-11,,,,\n";
		DataRefusedException refused = catchThrowableOfType(DataRefusedException.class, () -> read(drinking, table));
		assertThat(refused.problems()).containsExactly("第 3 行“水源地”列：未知的水源地“花园口”（可填：尖岗水库水源地）",
				"第 4 行：没有填写任何监测项目");
		List<SiteMonth> months = read(drinking, "水源地,月份,氨氮(mg/L),总磷(mg/L),锰(mg/L),三氯甲烷(mg/L)\n"
				+ "尖岗水库水源地,2026-12-03,0.2,0.04,0.12,\n");
		// The sampling day stands for its month; TP 0.04 in a reservoir is Ⅲ; manganese is over 0.1 by 0.20.
		assertThat(months.get(0).month()).isEqualTo(YearMonth.of(2026, 12));
		assertThat(months.get(0).assessment().siteClass()).isEqualTo(WaterClass.III);
		assertThat(months.get(0).assessment().exceedingText()).isEqualTo("锰（0.20）");
	}

	/** The standard writes 苯并(a)芘 with brackets in its name: the unit is the last brackets' and holds a slash. */
	@Test
	void aNameWithBracketsIsReadWhole() {
		List<SiteMonth> months = read(drinking, "水源地,月份,苯并(a)芘(mg/L),铁（mg/L）\n尖岗水库水源地,2026-12,0.0000031,0.2\n");
		assertThat(months.get(0).values()).containsKeys(WaterItem.BENZO_A_PYRENE, WaterItem.FE);
		assertThat(months.get(0).assessment().siteClass()).as("no table 1 item, no class").isNull();
		assertThat(months.get(0).assessment().exceedingText()).isEqualTo("苯并[a]芘（0.11）");
	}

	/** A source's workbook with every item the system knows is read whole, the last column too. */
	@Test
	void aTableWithEveryKnownItemIsReadToItsLastColumn() throws IOException {
		List<WaterItem> items = List.of(WaterItem.values());
		String header = "水源地,月份," + String.join(",", items.stream().map(WaterItem::heading).toList()) + ",所在水体,水质类别,目标,达标情况,超标项目\n";
		String values = "尖岗水库水源地,2026-12," + String.join(",", items.stream()
			.map(i -> i == WaterItem.PH ? "7.5" : i == WaterItem.DO ? "8" : i == WaterItem.TL ? "0.0002" : "0")
			.toList()) + ",尖岗水库,Ⅰ类,Ⅲ类,达标,\n";
		List<SiteMonth> months = drinking.read(TableFile.rows("数据.xlsx", xlsx(header + values)));
		assertThat(months.get(0).values()).hasSize(items.size());
		// Thallium, the last column of the items: twice its limit of 0.0001.
		assertThat(months.get(0).assessment().exceedingText()).isEqualTo("铊（1.00）");
	}

	@Test
	void aDownloadedTableReadsBackAsItWas() {
		List<SiteMonth> months = read(surface, SURFACE + "花园口,2026-11,8.1,8.2,2.9,12,2.1,0.21,0.08,3.1\n");
		WaterDataSet set = new WaterDataSet(1, 1, WaterKind.SURFACE, "t.csv", YearMonth.of(2026, 11),
				YearMonth.of(2026, 12), "u", null, months);
		String csv = WaterCsv.of(WaterKind.SURFACE, set.items(),
				months.stream().map(m -> WaterRow.of(m, SITES.get(0))).toList());
		assertThat(csv).contains("水质类别,目标,达标情况,超标项目").contains("花园口,2026-11,8.1,8.2");
		assertThat(read(surface, csv)).isEqualTo(months);
	}

	/** The cells of a CSV text as a workbook's first sheet, every cell text as a person may type it. */
	private static byte[] xlsx(String csv) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			String[] lines = csv.split("\n");
			for (int r = 0; r < lines.length; r++) {
				Row row = sheet.createRow(r);
				String[] cells = lines[r].split(",", -1);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static List<SiteMonth> read(WaterTableCheck check, String csv) {
		return check.read(TableFile.rows("数据.csv", csv.getBytes(StandardCharsets.UTF_8)));
	}

}
