package cn.gongkai.column;

import cn.gongkai.airquality.AirCsv;
import cn.gongkai.airquality.AirDataSet;
import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.site.Downloads;
import cn.gongkai.site.PublicUrl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A published version's air-quality table as open data: CSV for a spreadsheet, JSON for a program. */
@RestController
class AirQualityDownloads {

	private final PublishedRecords published;
	private final AirQualityData airData;
	private final PublicUrl publicUrl;

	AirQualityDownloads(PublishedRecords published, AirQualityData airData, PublicUrl publicUrl) {
		this.published = published;
		this.airData = airData;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/column/records/{id}/air.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		AirDataSet set = dataOf(id);
		return Downloads.csv(AirCsv.of(airData.rows(set)), "空气质量数据-" + set.first() + "至" + set.last() + ".csv");
	}

	@GetMapping(path = "/column/records/{id}/air.json", produces = MediaType.APPLICATION_JSON_VALUE)
	AirQualityView json(@PathVariable long id) {
		AirDataSet set = dataOf(id);
		return AirQualityView.of(id, set, airData.rows(set), publicUrl);
	}

	private AirDataSet dataOf(long versionId) {
		Standing.requireData(published, versionId);
		return airData.ofVersion(versionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "该信息没有空气质量数据"));
	}

}
