package cn.gongkai.column;

import cn.gongkai.record.PublishedRecords;
import cn.gongkai.site.Downloads;
import cn.gongkai.site.PublicUrl;
import cn.gongkai.waterquality.WaterCsv;
import cn.gongkai.waterquality.WaterDataSet;
import cn.gongkai.waterquality.WaterQualityData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A published version's water table as open data: CSV for a spreadsheet, JSON for a program. */
@RestController
class WaterQualityDownloads {

	private final PublishedRecords published;
	private final WaterQualityData waterData;
	private final PublicUrl publicUrl;

	WaterQualityDownloads(PublishedRecords published, WaterQualityData waterData, PublicUrl publicUrl) {
		this.published = published;
		this.waterData = waterData;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/column/records/{id}/water.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		WaterDataSet set = dataOf(id);
		WaterQualityData.WaterTable table = waterData.table(set);
		return Downloads.csv(WaterCsv.of(set.kind(), table.items(), table.rows()),
				set.kind().title() + "数据-" + set.reportedMonths().replace(" 至 ", "至") + ".csv");
	}

	@GetMapping(path = "/column/records/{id}/water.json", produces = MediaType.APPLICATION_JSON_VALUE)
	WaterQualityView json(@PathVariable long id) {
		WaterDataSet set = dataOf(id);
		return WaterQualityView.of(id, set, waterData.table(set), publicUrl);
	}

	private WaterDataSet dataOf(long versionId) {
		Standing.requireData(published, versionId);
		return waterData.ofVersion(versionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "该信息没有水质数据"));
	}

}
