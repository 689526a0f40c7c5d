package cn.gongkai.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bureau that runs the system ({@code gongkai.bureau.name}): named in every page, feed and email, set once. */
@Component
public class Bureau {

	private final String name;

	public Bureau(@Value("${gongkai.bureau.name}") String name) {
		this.name = name;
	}

	public String name() {
		return name;
	}

}
