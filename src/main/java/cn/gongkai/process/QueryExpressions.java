package cn.gongkai.process;

import java.util.Set;

import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What a query expression may be: Tasklist's own vocabulary and nothing else. The expression is parsed with the same
 * JUEL features the engine uses, and its tree must consist of text, literals, the functions {@code currentUser()},
 * {@code currentUserGroups()}, {@code now()} and {@code dateTime()}, and Joda date arithmetic on {@code dateTime()}
 * ({@code ${dateTime().plusWeeks(2)}}, {@code ${dateTime().plusDays(4).withTimeAtStartOfDay()}}). No identifier (so no
 * Spring bean, no variable), no property access and no other method call: nothing reaches a class.
 */
public final class QueryExpressions {

	public static final String REFUSED = "查询被拒绝：查询条件中的表达式只能使用 currentUser()、currentUserGroups()、now() 和 dateTime() 的日期加减";

	private static final Set<String> FUNCTIONS = Set.of("currentUser", "currentUserGroups", "now", "dateTime");
	private static final Set<String> DATE_METHODS = Set.of("plusYears", "plusMonths", "plusWeeks", "plusDays",
			"plusHours", "plusMinutes", "plusSeconds", "plusMillis", "minusYears", "minusMonths", "minusWeeks",
			"minusDays", "minusHours", "minusMinutes", "minusSeconds", "minusMillis", "withTimeAtStartOfDay", "toDate");

	private QueryExpressions() {
	}

	public static boolean allowed(String expression) {
		if (expression == null) {
			return true;
		}
		try {
			return allowedNode(new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression)
				.getRoot());
		}
		catch (TreeBuilderException ex) {
			return false;
		}
	}

	private static boolean allowedNode(Node node) {
		if (node instanceof AstText || isLiteral(node)) {
			return true;
		}
		if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstParameters) {
			return allChildren(node);
		}
		if (node instanceof AstFunction function) {
			return FUNCTIONS.contains(function.getName()) && allChildren(function);
		}
		if (node instanceof AstMethod) {
			return isDateArithmetic(node);
		}
		return false;
	}

	/** {@code dateTime()} followed by allowed Joda methods whose arguments are number literals. */
	private static boolean isDateArithmetic(Node node) {
		if (node instanceof AstFunction function) {
			return "dateTime".equals(function.getName()) && function.getParamCount() == 0;
		}
		if (!(node instanceof AstMethod method) || !(method.getChild(0) instanceof AstDot dot)) {
			return false;
		}
		// AstDot keeps its property name private; toString() is ". name".
		String name = dot.toString().substring(2);
		Node arguments = method.getChild(1);
		for (int i = 0; i < arguments.getCardinality(); i++) {
			if (!(arguments.getChild(i) instanceof AstNumber)) {
				return false;
			}
		}
		return DATE_METHODS.contains(name) && isDateArithmetic(dot.getChild(0));
	}

	private static boolean isLiteral(Node node) {
		return node instanceof AstString || node instanceof AstNumber || node instanceof AstBoolean || node instanceof AstNull;
	}

	private static boolean allChildren(Node node) {
		for (int i = 0; i < node.getCardinality(); i++) {
			if (!allowedNode(node.getChild(i))) {
				return false;
			}
		}
		return true;
	}

}
