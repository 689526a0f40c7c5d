package cn.gongkai.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.gongkai.airquality.AirCsv;
import cn.gongkai.airquality.AirDataSet;
import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.obligation.ReportingPeriod;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordRefusedException;
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

	/** A pasted table is a few hundred rows; the limit keeps a paste from being a file upload in disguise. */
	static final int PASTE_MAX = 500_000;

	private final AirQualityData airData;
	private final RecordAccess access;
	private final PersonNames names;

	AirDataPagesController(AirQualityData airData, RecordAccess access, PersonNames names) {
		this.airData = airData;
		this.access = access;
		this.names = names;
	}

	@GetMapping("/records/{id}/air")
	String page(@PathVariable long id, Authentication authentication, Model model) {
		Record record = withData(access.visible(id, authentication));
		AirDataSet set = airData.current(id).orElse(null);
		model.addAttribute("record", record);
		model.addAttribute("publishesData", AirQualityData.publishesData(record));
		model.addAttribute("period", airData.periodOf(id));
		model.addAttribute("set", set);
		model.addAttribute("table", set == null ? null : airData.table(set));
		model.addAttribute("uploadedBy", set == null ? null : names.of(set.uploadedBy()));
		model.addAttribute("stations", airData.stations());
		model.addAttribute("canEdit", access.canEditAttachments(CurrentUser.of(authentication), record));
		model.addAttribute("pasteMax", PASTE_MAX);
		return "records/air";
	}

	@PostMapping("/records/{id}/air")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "cells", required = false) String cells, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		withData(access.editable(id, authentication));
		boolean hasFile = file != null && !file.isEmpty();
		boolean hasCells = cells != null && !cells.isBlank();
		if (hasFile == hasCells) {
			redirect.addFlashAttribute("error", hasFile ? "请只选择文件或只粘贴表格，不要同时提交两者" : "请选择数据文件，或把表格粘贴到文本框中");
			return "redirect:/records/" + id + "/air";
		}
		if (hasCells && cells.length() > PASTE_MAX) {
			redirect.addFlashAttribute("error", "粘贴的内容过长（超过 " + PASTE_MAX + " 个字符），请改为上传文件");
			return "redirect:/records/" + id + "/air";
		}
		try {
			AirDataSet set = hasFile ? airData.upload(id, file.getOriginalFilename(), file.getBytes(), authentication.getName())
					: airData.upload(id, null, cells.getBytes(StandardCharsets.UTF_8), authentication.getName());
			redirect.addFlashAttribute("message", "数据已保存：" + set.days().size() + " 个点位日，指数已按 HJ 633-2012 计算");
		}
		catch (DataRefusedException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("cells", hasCells ? cells : null);
		}
		catch (RecordRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/records/" + id + "/air";
	}

	@PostMapping("/records/{id}/air/remove")
	String remove(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		withData(access.editable(id, authentication));
		try {
			airData.remove(id);
			redirect.addFlashAttribute("message", "数据表已删除");
		}
		catch (RecordRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
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
