package cn.gongkai.process;

import java.lang.reflect.Method;

import org.camunda.bpm.dmn.engine.impl.spi.el.ElProvider;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.ElProviderCompatible;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.ExpressionManager;

/**
 * The engine's expression manager, with query expressions made inert. Camunda evaluates a query's expressions (task
 * queries, their or-branches, saved filters, the query a filter is extended with) in one place,
 * {@code AbstractQuery.evaluateExpressions}, and it is the only place where an expression is evaluated without a
 * variable scope (besides the due date of a timer start event, which in our models is literal text). An expression
 * outside {@link QueryExpressions}' vocabulary therefore refuses to be evaluated without a scope; models, which
 * evaluate with an execution or a task, are not affected.
 */
class QueryExpressionManager implements ExpressionManager, ElProviderCompatible {

	private final ExpressionManager delegate;

	QueryExpressionManager(ExpressionManager delegate) {
		this.delegate = delegate;
	}

	@Override
	public Expression createExpression(String expression) {
		Expression created = delegate.createExpression(expression);
		return QueryExpressions.allowed(expression) ? created : new NoQueryExpression(created);
	}

	@Override
	public void addFunction(String name, Method function) {
		delegate.addFunction(name, function);
	}

	@Override
	public ElProvider toElProvider() {
		return ((ElProviderCompatible) delegate).toElProvider();
	}

	/** Not a {@code ProcessEngineException}: the query must not wrap it into an English 500. */
	static final class QueryExpressionRefusedException extends RuntimeException {

		QueryExpressionRefusedException() {
			super(QueryExpressions.REFUSED);
		}

	}

	private record NoQueryExpression(Expression expression) implements Expression {

		@Override
		public Object getValue(VariableScope variableScope) {
			if (variableScope == null) {
				throw new QueryExpressionRefusedException();
			}
			return expression.getValue(variableScope);
		}

		@Override
		public Object getValue(VariableScope variableScope, BaseDelegateExecution contextExecution) {
			if (variableScope == null) {
				throw new QueryExpressionRefusedException();
			}
			return expression.getValue(variableScope, contextExecution);
		}

		@Override
		public void setValue(Object value, VariableScope variableScope) {
			expression.setValue(value, variableScope);
		}

		@Override
		public void setValue(Object value, VariableScope variableScope, BaseDelegateExecution contextExecution) {
			expression.setValue(value, variableScope, contextExecution);
		}

		@Override
		public String getExpressionText() {
			return expression.getExpressionText();
		}

		@Override
		public boolean isLiteralText() {
			return expression.isLiteralText();
		}

	}

}
