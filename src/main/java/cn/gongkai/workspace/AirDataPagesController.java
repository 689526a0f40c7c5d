package cn.gongkai.workspace;

import java.io.IOException;
import java.time.Clock;

import cn.gongkai.airquality.AirCsv;
import cn.gongkai.airquality.AirDataSet;
import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.obligation.ReportingPeriod;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.record.Record;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.site.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data page of an air-quality record (docs/design.md §8): its unit's drafter enters the table while drafting. */
@Controller
class AirDataPagesController {

	private final AirQualityData airData;
	private final RecordAccess access;
	private final PersonNames names;
	private final Clock clock;

	AirDataPagesController(AirQualityData airData, RecordAccess access, PersonNames names, Clock clock) {
		this.airData = airData;
		this.access = access;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/records/{id}/air")
	String page(@PathVariable long id, Authentication authentication, Model model) {
		Record record = withData(access.visible(id, authentication));
		AirDataSet set = airData.current(id).orElse(null);
		model.addAttribute("record", record);
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("publishesData", AirQualityData.publishesData(record));
		model.addAttribute("period", airData.periodOf(id));
		model.addAttribute("set", set);
		model.addAttribute("table", set == null ? null : airData.table(set));
		model.addAttribute("uploadedBy", set == null ? null : names.of(set.uploadedBy()));
		model.addAttribute("stations", airData.stations());
		model.addAttribute("canEdit", access.canEditAttachments(CurrentUser.of(authentication), record));
		model.addAttribute("pasteMax", DataTableForm.PASTE_MAX);
		return "records/air";
	}

	@PostMapping("/records/{id}/air")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "cells", required = false) String cells, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		withData(access.editable(id, authentication));
		DataTableForm.submit(file, cells, redirect, (name, content) -> "数据已保存："
				+ airData.upload(id, name, content, authentication.getName()).days().size() + " 个点位日，指数已按 HJ 633-2012 计算");
		return "redirect:/records/" + id + "/air";
	}

	@PostMapping("/records/{id}/air/remove")
	String remove(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		withData(access.editable(id, authentication));
		DataTableForm.remove(redirect, () -> airData.remove(id));
		return "redirect:/records/" + id + "/air";
	}

	@GetMapping("/records/{id}/air/template.csv")
	ResponseEntity<byte[]> template(@PathVariable long id, Authentication authentication) {
		withData(access.visible(id, authentication));
		ReportingPeriod period = airData.periodOf(id);
		return Downloads.csv(AirCsv.template(airData.stations(), period.first(), period.last()), "空气质量数据模板-" + period.first() + ".csv");
	}

	@GetMapping("/records/{id}/air/data.csv")
	ResponseEntity<byte[]> download(@PathVariable long id, Authentication authentication) {
		withData(access.visible(id, authentication));
		AirDataSet set = airData.current(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "尚未上传数据"));
		return Downloads.csv(AirCsv.of(airData.rows(set)), "空气质量数据-" + set.first() + "至" + set.last() + ".csv");
	}

	private Record withData(Record record) {
		if (!airData.accepts(record)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该记录不属于空气质量栏目，没有数据表");
		}
		return record;
	}

}
