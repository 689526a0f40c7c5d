package cn.gongkai.security;

/** What an injected expression would change if it ran: it reaches this class by name and sets {@link #hits}. */
public final class ExpressionProbe {

	public static volatile long hits;

	/** Calls a static method through Class.forName: reaching a class from an expression is the attack. */
	static final String EXPRESSION = "${''.getClass().forName('cn.gongkai.security.ExpressionProbe').getField('hits').setLong(null, 42)}";

	private ExpressionProbe() {
	}

}
