package cn.gongkai.workspace;

import java.util.Arrays;

import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.waterquality.WaterClass;
import cn.gongkai.waterquality.WaterKind;
import cn.gongkai.waterquality.WaterQualityData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators keep the water sections and drinking-water sources, with their targets (docs/design.md §8). */
@Controller
class WaterSitesController {

	private static final String PAGE = "redirect:/workspace/water-sites";

	private final WaterQualityData waterData;

	WaterSitesController(WaterQualityData waterData) {
		this.waterData = waterData;
	}

	@GetMapping("/workspace/water-sites")
	String sites(Model model) {
		model.addAttribute("sites", waterData.allSites());
		model.addAttribute("kinds", WaterKind.values());
		model.addAttribute("targets", Arrays.stream(WaterClass.values()).filter(WaterClass::isTarget).toList());
		return "workspace/water-sites";
	}

	@PostMapping("/workspace/water-sites")
	String add(@RequestParam(required = false) String kind, @RequestParam(required = false) String id,
			@RequestParam(required = false) String name, @RequestParam(required = false) String water,
			@RequestParam(defaultValue = "false") boolean lake, @RequestParam(required = false) String target,
			RedirectAttributes redirect) {
		try {
			waterData.addSite(named(WaterKind.values(), kind), id, name, water, lake, named(WaterClass.values(), target));
			redirect.addFlashAttribute("message", "已添加：" + name.strip());
		}
		catch (DataRefusedException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("id", id);
			redirect.addFlashAttribute("name", name);
			redirect.addFlashAttribute("water", water);
		}
		return PAGE;
	}

	@PostMapping("/workspace/water-sites/{id}/target")
	String setTarget(@PathVariable String id, @RequestParam(required = false) String target,
			RedirectAttributes redirect) {
		try {
			waterData.setTarget(id, named(WaterClass.values(), target));
			redirect.addFlashAttribute("message", "水质目标已修改：此后上传的数据按新目标评价，已上传和已公开的数据不变");
		}
		catch (DataRefusedException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return PAGE;
	}

	@PostMapping("/workspace/water-sites/{id}/active")
	String setActive(@PathVariable String id, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		try {
			waterData.setSiteActive(id, active);
			redirect.addFlashAttribute("message", active ? "已恢复使用" : "已停用：新的数据表不再接受，已公开的数据不变");
		}
		catch (DataRefusedException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return PAGE;
	}

	/** A constant by its name; anything else is none, which the service refuses in words. */
	private static <E extends Enum<E>> E named(E[] values, String name) {
		return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
	}

}
