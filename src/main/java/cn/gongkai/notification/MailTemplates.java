package cn.gongkai.notification;

import java.util.Map;

import cn.gongkai.site.Bureau;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Chinese emails from {@code templates/mail/<name>.txt} and {@code .html}, the same words in both. */
@Component
public class MailTemplates {

	private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
	private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
	private final Bureau bureau;

	MailTemplates(Bureau bureau) {
		this.bureau = bureau;
	}

	/** The template's own variables, and the bureau's name as {@code bureau}. */
	public MailContent render(String name, String subject, Map<String, Object> variables) {
		Context context = new Context();
		context.setVariables(variables);
		context.setVariable("bureau", bureau.name());
		String line = subject.length() > 200 ? subject.substring(0, 199) + "…" : subject;
		return new MailContent(line, text.process(name, context), html.process(name, context));
	}

	private static TemplateEngine engine(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		TemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
