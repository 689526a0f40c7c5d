package cn.gongkai.process.review;

import cn.gongkai.catalogue.Catalogue;
import org.springframework.stereotype.Component;

/** The catalogue's default review grade of a type, as an input of the grade decision ({@code review-grade.dmn}). */
@Component("reviewGrades")
public class ReviewGrades {

	private final Catalogue catalogue;

	ReviewGrades(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	public int defaultGrade(String typeKey) {
		return catalogue.type(typeKey).defaultGrade();
	}

}
