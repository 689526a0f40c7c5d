package cn.gongkai.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where people reach the system ({@code gongkai.public-url}): the base of every absolute link it hands out. */
@Component
public class PublicUrl {

	private final String base;

	public PublicUrl(@Value("${gongkai.public-url}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** {@code path} (starting with "/") as an absolute address. */
	public String of(String path) {
		return base + path;
	}

}
