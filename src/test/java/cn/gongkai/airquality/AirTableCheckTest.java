package cn.gongkai.airquality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.datatable.TableFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A table is read whole or refused whole, each problem named by row and column as the spreadsheet shows them. */
class AirTableCheckTest {

	static final String HEADER = "监测点位,日期,PM2.5(μg/m³),PM10(μg/m³),SO2(μg/m³),NO2(μg/m³),CO(mg/m³),O3_8h(μg/m³)\n";

	final AirTableCheck check = new AirTableCheck(
			List.of(new AirStation("yinhangxuexiao", "银行学校", true), new AirStation("shijiancezhan", "市监测站", true)),
			LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));

	@Test
	void aGoodTableGivesEachStationDayItsIndex() {
		List<StationDay> days = read(HEADER + "银行学校,2026-12-01,120,180,10,50,1.0,60\n市监测站,2026/12/2,20,45,8,30,0.6,90\n");
		assertThat(days).hasSize(2);
		assertThat(days.get(0).stationId()).isEqualTo("yinhangxuexiao");
		assertThat(days.get(0).index().aqi()).isEqualTo(158);
		assertThat(days.get(1).day()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(days.get(1).concentration(Pollutant.CO)).isEqualByComparingTo("0.6");
	}

	@Test
	void everyProblemIsNamedWithItsRowAndColumnAndNothingIsRead() {
		String table = HEADER + "银行学校,2026-12-01,-5,180,10,50,1.0,60\n" // negative
				+ "银行学校,2026-12-02,90,80,10,50,1.0,60\n" // PM2.5 above PM10
				+ "银行学校,2026-11-30,20,45,8,30,0.6,90\n" // before the period
				+ "人民公园,2026-12-03,20,45,8,30,0.6,90\n" // unknown station
				+ "市监测站,2026-12-03,20,45,8,30,0.6,90\n" + "市监测站,2026-12-03,21,45,8,30,0.6,90\n" // duplicate
				+ "市监测站,2026-12-04,二十,45,8,,0.6,90\n" // not a number, missing
				+ "市监测站,2026-12-08,20,45,8,30,0.6,90\n"; // after the last day (today)
		DataRefusedException refused = catchThrowableOfType(DataRefusedException.class, () -> read(table));
		assertThat(refused.problems()).containsExactly("第 2 行“PM2.5”列：浓度不能为负数（-5）",
				"第 3 行“PM2.5”列：PM2.5（90）大于 PM10（80），PM2.5 是 PM10 的一部分，请核对",
				"第 4 行“日期”列：2026-11-30 不在本期（2026-12-01 至 2026-12-07）之内",
				"第 5 行“监测点位”列：未知的监测点位“人民公园”（可填：银行学校、市监测站）",
				"第 7 行：市监测站 2026-12-03 的数据重复", "第 8 行“PM2.5”列：“二十”不是数字", "第 8 行“NO2”列：未填写",
				"第 9 行“日期”列：2026-12-08 不在本期（2026-12-01 至 2026-12-07）之内");
	}

	@Test
	void aUnitOtherThanTheStandardsIsRefusedBeforeAnyRow() {
		String table = HEADER.replace("CO(mg/m³)", "CO(μg/m³)").replace("SO2(μg/m³)", "SO2") + "银行学校,2026-12-01,20,45,8,30,600,90\n";
		assertThat(catchThrowableOfType(DataRefusedException.class, () -> read(table)).problems()).containsExactly(
				"第 1 行“SO2”列：二氧化硫的单位应为 μg/m³，请在列名后注明，如 SO2(μg/m³)",
				"第 1 行“CO(μg/m³)”列：一氧化碳的单位应为 mg/m³，不是 μg/m³");
	}

	@Test
	void ozoneAbove800NeedsItsOneHourValue() {
		assertThat(catchThrowableOfType(DataRefusedException.class,
				() -> read(HEADER + "银行学校,2026-12-01,20,45,8,30,0.6,850\n")).problems())
			.containsExactly("第 2 行“O3_1h”列：臭氧8小时浓度超过 800 μg/m³ 时按1小时浓度计算指数，须填写 O3_1h");
		List<StationDay> days = read(HEADER.replace("\n", ",O3_1h(ug/m3)\n") + "银行学校,2026-12-01,20,45,8,30,0.6,850,1100\n");
		assertThat(days.get(0).index().aqi()).isEqualTo(450);
	}

	@Test
	void anEmptyTableOrOneWithoutRowsIsRefused() {
		assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("表格是空的");
		assertThatThrownBy(() -> read(HEADER)).hasMessage("表格只有列名，没有数据行");
	}

	@Test
	void excelsChineseCsvAndAWorkbookReadAlike() throws IOException {
		String table = HEADER + "\"银行学校\",2026年12月1日,\"120\",180,10,50,1.0,60\r\n";
		byte[] gbk = table.getBytes(Charset.forName("GB18030"));
		List<StationDay> fromGbk = check.read(TableFile.rows("数据.csv", gbk));
		assertThat(fromGbk).singleElement().satisfies(d -> assertThat(d.index().aqi()).isEqualTo(158));

		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("数据");
			String[] header = HEADER.strip().split(",");
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("银行学校");
			row.createCell(1).setCellValue(LocalDate.of(2026, 12, 1));
			row.getCell(1).setCellStyle(workbook.createCellStyle());
			row.getCell(1).getCellStyle().setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			double[] values = { 120, 180, 10, 50, 0.6, 60 };
			for (int i = 0; i < values.length; i++) {
				row.createCell(2 + i).setCellValue(values[i]);
			}
			// Shown as "1" by its format: the value read is still 0.6.
			var whole = workbook.createCellStyle();
			whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
			row.getCell(6).setCellStyle(whole);
			row.createCell(200).setCellValue("页边备注");
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		List<StationDay> fromXlsx = check.read(TableFile.rows("数据.xlsx", xlsx));
		assertThat(fromXlsx).singleElement().satisfies(d -> {
			assertThat(d.day()).isEqualTo(LocalDate.of(2026, 12, 1));
			assertThat(d.concentration(Pollutant.CO)).isEqualByComparingTo("0.6");
			assertThat(d.index().aqi()).isEqualTo(158);
		});
	}

	@Test
	void aFileThatIsNoWorkbookIsRefusedInChinese() {
		assertThatThrownBy(() -> TableFile.rows("数据.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DataRefusedException.class)
			.hasMessageContaining("不是有效的 XLSX 工作簿");
		assertThatThrownBy(() -> TableFile.rows("数据.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0 }))
			.isInstanceOf(DataRefusedException.class)
			.hasMessageContaining("无法读取 XLSX 工作簿");
	}

	@Test
	void aWorkbookWithARowFarBeyondAPeriodsDataIsRefusedWithoutReadingTheRowsBefore() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("数据").createRow(1_000_000).createCell(0).setCellValue("银行学校");
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		assertThatThrownBy(() -> TableFile.rows("数据.xlsx", xlsx)).isInstanceOf(DataRefusedException.class)
			.hasMessageContaining("表格超过 5000 行");
	}

	@Test
	void aFileFarLargerThanAPeriodsDataIsRefusedBeforeItIsRead() {
		assertThatThrownBy(() -> TableFile.rows("数据.xlsx", new byte[TableFile.MAX_BYTES + 1]))
			.isInstanceOf(DataRefusedException.class)
			.hasMessageContaining("数据文件超过 2 MB");
	}

	private List<StationDay> read(String csv) {
		return check.read(TableFile.rows("数据.csv", csv.getBytes(StandardCharsets.UTF_8)));
	}

}
