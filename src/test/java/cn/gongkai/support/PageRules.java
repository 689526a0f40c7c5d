package cn.gongkai.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The WCAG 2.1 rules a machine can check on a public page: language, one main landmark reachable by a skip link, one
 * h1 and no skipped heading level, a label for every control, unique ids, link and button text, alternative text.
 */
public final class PageRules {

	private PageRules() {
	}

	public static List<String> problems(String path, Document page) {
		List<String> problems = new ArrayList<>();
		if (!"zh-CN".equals(page.selectFirst("html").attr("lang"))) {
			problems.add(path + ": html lang is not zh-CN");
		}
		if (page.title().isBlank()) {
			problems.add(path + ": no title");
		}
		if (page.select("main").size() != 1 || !"main".equals(page.select("main").attr("id"))) {
			problems.add(path + ": not exactly one <main id=main>");
		}
		Element firstLink = page.body().selectFirst("a");
		if (firstLink == null || !"#main".equals(firstLink.attr("href"))) {
			problems.add(path + ": the first link is not the skip link to #main");
		}
		if (page.select("h1").size() != 1) {
			problems.add(path + ": " + page.select("h1").size() + " h1 elements");
		}
		int previous = 0;
		for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
			int level = heading.tagName().charAt(1) - '0';
			if (level > previous + 1) {
				problems.add(path + ": " + heading.tagName() + " '" + heading.text() + "' skips a level");
			}
			previous = level;
		}
		for (Element control : page.select("input, select, textarea")) {
			String type = control.attr("type");
			if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
				continue;
			}
			boolean labelled = !control.id().isEmpty() && !page.select("label[for=" + control.id() + "]").isEmpty()
					|| control.hasAttr("aria-label") || control.hasAttr("aria-labelledby");
			if (!labelled) {
				problems.add(path + ": control " + control.attr("name") + " has no label");
			}
		}
		var ids = new HashSet<String>();
		for (Element element : page.select("[id]")) {
			if (!ids.add(element.id())) {
				problems.add(path + ": id " + element.id() + " is used twice");
			}
		}
		for (Element link : page.select("a")) {
			if (link.text().isBlank() && !link.hasAttr("aria-label")) {
				problems.add(path + ": a link without text: " + link.attr("href"));
			}
		}
		for (Element image : page.select("img")) {
			if (!image.hasAttr("alt")) {
				problems.add(path + ": an image without alt: " + image.attr("src"));
			}
		}
		for (Element button : page.select("button")) {
			if (button.text().isBlank() && !button.hasAttr("aria-label")) {
				problems.add(path + ": a button without text");
			}
		}
		return problems;
	}

}
