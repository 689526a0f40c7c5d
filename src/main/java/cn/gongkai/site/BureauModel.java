package cn.gongkai.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's model carries the bureau's name as {@code bureau}, for the title and the header. */
@ControllerAdvice
class BureauModel {

	private final Bureau bureau;

	BureauModel(Bureau bureau) {
		this.bureau = bureau;
	}

	@ModelAttribute("bureau")
	String bureau() {
		return bureau.name();
	}

}
