package cn.gongkai.airquality;

import java.util.List;

import cn.gongkai.datatable.TableFile;
import cn.gongkai.obligation.ReportingPeriod;

/**
 * The first half of {@link AirQualityData#upload}, on its own: the file read and checked, nothing stored. Here because
 * {@link AirTableCheck} is the package's own; the air-data benchmark times it apart from the
 * whole upload.
 */
public final class AirTableReading {

	private AirTableReading() {
	}

	public static List<StationDay> read(List<AirStation> stations, ReportingPeriod period, String fileName,
			byte[] content) {
		return new AirTableCheck(stations, period.first(), period.last()).read(TableFile.rows(fileName, content));
	}

}
