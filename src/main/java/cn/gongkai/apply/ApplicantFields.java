package cn.gongkai.apply;

import cn.gongkai.application.ApplicantKind;
import cn.gongkai.application.ApplicationForm;
import cn.gongkai.application.Delivery;
import cn.gongkai.application.InfoForm;
import org.springframework.ui.Model;

/**
 * The applicant's part of an application form (template {@code apply/fields}), the same on the public form and on the
 * office's registration of a counter or postal application.
 */
public final class ApplicantFields {

	private ApplicantFields() {
	}

	/**
	 * The choices, and the kind typed so far ({@code kind}, null until a known one is chosen): the labels of name and
	 * document follow it, as the refusal names them.
	 */
	public static void choices(Model model, ApplicationForm form) {
		model.addAttribute("kind", kind(form.applicantKind()));
		model.addAttribute("kinds", ApplicantKind.values());
		model.addAttribute("infoForms", InfoForm.values());
		model.addAttribute("deliveries", Delivery.values());
	}

	private static ApplicantKind kind(String typed) {
		for (ApplicantKind kind : ApplicantKind.values()) {
			if (typed != null && kind.name().equals(typed.strip())) {
				return kind;
			}
		}
		return null;
	}

	public static ApplicationForm empty() {
		return new ApplicationForm("", "", "", "", "", "", "", "", "", "", "");
	}

}
