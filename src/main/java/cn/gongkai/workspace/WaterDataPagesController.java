package cn.gongkai.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordRefusedException;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.site.Downloads;
import cn.gongkai.waterquality.WaterCsv;
import cn.gongkai.waterquality.WaterDataSet;
import cn.gongkai.waterquality.WaterKind;
import cn.gongkai.waterquality.WaterMonths;
import cn.gongkai.waterquality.WaterQualityData;
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

/**
 * The water data page of a water-quality or drinking-water record (docs/design.md §8): its unit's drafter enters the
 * monthly table while drafting. A record that may go to either section and is not yet filed under one shows both.
 */
@Controller
class WaterDataPagesController {

	private final WaterQualityData waterData;
	private final RecordAccess access;
	private final PersonNames names;

	WaterDataPagesController(WaterQualityData waterData, RecordAccess access, PersonNames names) {
		this.waterData = waterData;
		this.access = access;
		this.names = names;
	}

	@GetMapping("/records/{id}/water")
	String page(@PathVariable long id, @RequestParam(name = "kind", required = false) String kindParam,
			Authentication authentication, Model model) {
		Record record = withData(access.visible(id, authentication));
		WaterDataSet set = waterData.current(id).orElse(null);
		// The kind of the table entered so far, unless the record's section or the page's choice says otherwise.
		Optional<WaterKind> kind = waterData.kindFor(record, kind(kindParam).orElse(set == null ? null : set.kind()));
		WaterMonths months = waterData.monthsOf(id);
		model.addAttribute("record", record);
		model.addAttribute("kind", kind.orElse(null));
		model.addAttribute("kinds", waterData.kindsFor(record));
		model.addAttribute("months", months);
		model.addAttribute("set", set);
		model.addAttribute("table", set == null ? null : waterData.table(set));
		model.addAttribute("published", set != null && WaterQualityData.publishes(record, set));
		model.addAttribute("uploadedBy", set == null ? null : names.of(set.uploadedBy()));
		model.addAttribute("sites", kind.map(waterData::sites).orElse(List.of()));
		model.addAttribute("canEdit", access.canEditAttachments(CurrentUser.of(authentication), record));
		model.addAttribute("pasteMax", AirDataPagesController.PASTE_MAX);
		return "records/water";
	}

	@PostMapping("/records/{id}/water")
	String upload(@PathVariable long id, @RequestParam(name = "kind", required = false) String kindParam,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "cells", required = false) String cells, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		withData(access.editable(id, authentication));
		String back = "redirect:/records/" + id + "/water" + kind(kindParam).map(k -> "?kind=" + k.name()).orElse("");
		boolean hasFile = file != null && !file.isEmpty();
		boolean hasCells = cells != null && !cells.isBlank();
		if (hasFile == hasCells) {
			redirect.addFlashAttribute("error", hasFile ? "请只选择文件或只粘贴表格，不要同时提交两者" : "请选择数据文件，或把表格粘贴到文本框中");
			return back;
		}
		if (hasCells && cells.length() > AirDataPagesController.PASTE_MAX) {
			redirect.addFlashAttribute("error", "粘贴的内容过长（超过 " + AirDataPagesController.PASTE_MAX + " 个字符），请改为上传文件");
			return back;
		}
		try {
			WaterDataSet set = hasFile
					? waterData.upload(id, kind(kindParam).orElse(null), file.getOriginalFilename(), file.getBytes(),
							authentication.getName())
					: waterData.upload(id, kind(kindParam).orElse(null), null, cells.getBytes(StandardCharsets.UTF_8),
							authentication.getName());
			redirect.addFlashAttribute("message", "数据已保存：" + set.months().size() + " 个" + set.kind().siteNoun()
					+ "月，水质类别已按 GB 3838-2002 评价");
		}
		catch (DataRefusedException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("cells", hasCells ? cells : null);
		}
		catch (RecordRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return back;
	}

	@PostMapping("/records/{id}/water/remove")
	String remove(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		withData(access.editable(id, authentication));
		try {
			waterData.remove(id);
			redirect.addFlashAttribute("message", "数据表已删除");
		}
		catch (RecordRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/records/" + id + "/water";
	}

	@GetMapping("/records/{id}/water/template.csv")
	ResponseEntity<byte[]> template(@PathVariable long id, @RequestParam(name = "kind", required = false) String kindParam,
			Authentication authentication) {
		Record record = withData(access.visible(id, authentication));
		WaterKind kind = waterData.kindFor(record, kind(kindParam).orElse(null))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "请选择数据表的种类"));
		WaterMonths months = waterData.monthsOf(id);
		return Downloads.csv(WaterCsv.template(kind, waterData.sites(kind), months.first(), months.last()),
				kind.title() + "数据模板-" + months.last() + ".csv");
	}

	@GetMapping("/records/{id}/water/data.csv")
	ResponseEntity<byte[]> download(@PathVariable long id, Authentication authentication) {
		withData(access.visible(id, authentication));
		WaterDataSet set = waterData.current(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "尚未上传数据"));
		WaterQualityData.WaterTable table = waterData.table(set);
		return Downloads.csv(WaterCsv.of(set.kind(), table.items(), table.rows()),
				set.kind().title() + "数据-" + set.reportedMonths().replace(" 至 ", "至") + ".csv");
	}

	/** The kind a page or form asks for, by its name; anything else asks for none. */
	private static Optional<WaterKind> kind(String name) {
		return Arrays.stream(WaterKind.values()).filter(k -> k.name().equals(name)).findFirst();
	}

	private Record withData(Record record) {
		if (waterData.kindsFor(record).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该记录不属于水环境质量或饮用水源地水质栏目，没有水质数据表");
		}
		return record;
	}

}
