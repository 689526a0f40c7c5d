package cn.gongkai.airquality;

import static cn.gongkai.datatable.CsvText.BOM;
import static cn.gongkai.datatable.CsvText.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table as CSV, with a byte-order mark so that Excel on a Chinese Windows opens it as UTF-8: the template to fill
 * in, and the published data to download. Its header is the one {@link AirTableCheck} reads, so a download can be
 * uploaded again.
 */
public final class AirCsv {

	static final List<Pollutant> COLUMNS = List.of(Pollutant.PM25, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2,
			Pollutant.CO, Pollutant.O3_8H, Pollutant.O3_1H);

	private AirCsv() {
	}

	static String header() {
		List<String> cells = new ArrayList<>(List.of(AirTableCheck.STATION, AirTableCheck.DAY));
		COLUMNS.forEach(p -> cells.add(p.code() + "(" + p.unit() + ")"));
		return String.join(",", cells);
	}

	/** A row per station and day of the period so far, the values left for the unit to fill in. */
	public static String template(List<AirStation> stations, LocalDate first, LocalDate last) {
		StringBuilder csv = new StringBuilder(BOM).append(header()).append("\r\n");
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			for (AirStation station : stations) {
				csv.append(cell(station.name())).append(',').append(day).append(",".repeat(COLUMNS.size())).append("\r\n");
			}
		}
		return csv.toString();
	}

	public static String of(List<AirDayRow> rows) {
		StringBuilder csv = new StringBuilder(BOM).append(header()).append(",AQI,级别,类别,首要污染物\r\n");
		for (AirDayRow r : rows) {
			csv.append(cell(r.stationName()))
				.append(',')
				.append(r.date())
				.append(',')
				.append(List.of(r.pm25(), r.pm10(), r.so2(), r.no2(), r.co(), r.o3_8h())
					.stream()
					.map(AirDayRow::plain)
					.collect(Collectors.joining(",")))
				.append(',')
				.append(AirDayRow.plain(r.o3_1h()))
				.append(',')
				.append(r.aqi())
				.append(',')
				.append(r.level().grade())
				.append(',')
				.append(r.level().category())
				.append(',')
				.append(cell(r.primaryLabel()))
				.append("\r\n");
		}
		return csv.toString();
	}

}
