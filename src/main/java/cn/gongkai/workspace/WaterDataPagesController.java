package cn.gongkai.workspace;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.gongkai.organization.PersonNames;
import cn.gongkai.record.Record;
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
	private final Clock clock;

	WaterDataPagesController(WaterQualityData waterData, RecordAccess access, PersonNames names, Clock clock) {
		this.waterData = waterData;
		this.access = access;
		this.names = names;
		this.clock = clock;
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
		List<WaterKind> kinds = waterData.kindsFor(record);
		// A record filed under a water section carries that section's table: there is nothing to choose.
		boolean filed = WaterKind.ofSection(record.sectionKey()).filter(kinds::contains).isPresent();
		model.addAttribute("kinds", filed ? List.of() : kinds);
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("months", months);
		model.addAttribute("set", set);
		model.addAttribute("table", set == null ? null : waterData.table(set));
		model.addAttribute("published", set != null && WaterQualityData.publishes(record, set));
		model.addAttribute("uploadedBy", set == null ? null : names.of(set.uploadedBy()));
		model.addAttribute("sites", kind.map(waterData::sites).orElse(List.of()));
		model.addAttribute("canEdit", access.canEditAttachments(CurrentUser.of(authentication), record));
		model.addAttribute("pasteMax", DataTableForm.PASTE_MAX);
		return "records/water";
	}

	@PostMapping("/records/{id}/water")
	String upload(@PathVariable long id, @RequestParam(name = "kind", required = false) String kindParam,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "cells", required = false) String cells, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		withData(access.editable(id, authentication));
		Optional<WaterKind> kind = kind(kindParam);
		DataTableForm.submit(file, cells, redirect, (name, content) -> {
			WaterDataSet set = waterData.upload(id, kind.orElse(null), name, content, authentication.getName());
			return "数据已保存：" + set.months().size() + " 条" + set.kind().siteNoun() + "月度数据，水质类别已按 GB 3838-2002 评价";
		});
		return "redirect:/records/" + id + "/water" + kind.map(k -> "?kind=" + k.name()).orElse("");
	}

	@PostMapping("/records/{id}/water/remove")
	String remove(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		withData(access.editable(id, authentication));
		DataTableForm.remove(redirect, () -> waterData.remove(id));
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
