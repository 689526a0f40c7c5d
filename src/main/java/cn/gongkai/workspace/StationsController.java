package cn.gongkai.workspace;

import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.datatable.DataRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators keep the air-quality stations the units report for (docs/design.md §8). */
@Controller
class StationsController {

	private final AirQualityData airData;

	StationsController(AirQualityData airData) {
		this.airData = airData;
	}

	@GetMapping("/workspace/stations")
	String stations(Model model) {
		model.addAttribute("stations", airData.allStations());
		return "workspace/stations";
	}

	@PostMapping("/workspace/stations")
	String add(@RequestParam(required = false) String id, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		try {
			airData.addStation(id, name);
			redirect.addFlashAttribute("message", "已添加点位：" + name.strip());
		}
		catch (DataRefusedException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("id", id);
			redirect.addFlashAttribute("name", name);
		}
		return "redirect:/workspace/stations";
	}

	@PostMapping("/workspace/stations/{id}/active")
	String setActive(@PathVariable String id, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		try {
			airData.setStationActive(id, active);
			redirect.addFlashAttribute("message", active ? "点位已恢复使用" : "点位已停用：新的数据表不再接受该点位，已公开的数据不变");
		}
		catch (DataRefusedException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/workspace/stations";
	}

}
