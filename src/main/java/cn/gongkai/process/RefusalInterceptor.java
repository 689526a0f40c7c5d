package cn.gongkai.process;

import cn.gongkai.record.RecordRefusedException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The engine wraps an exception from a task listener twice in English ("ENGINE-03051 ... Exception while invoking
 * TaskListener: ..."). Outermost in the chain, after the transaction has rolled back, this restores the refusal's
 * Chinese message alone, as a form validation failure: the REST API answers it with 400 and Tasklist shows it. Within
 * an HTTP request it also leaves the message for {@link RefusalResponses}, which removes the REST API's English prefix.
 */
class RefusalInterceptor extends CommandInterceptor {

	static final String FIELD_ID = "gongkai";

	@Override
	public <T> T execute(Command<T> command) {
		try {
			return next.execute(command);
		}
		catch (QueryExpressionManager.QueryExpressionRefusedException ex) {
			throw new BadUserRequestException(ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			RecordRefusedException refusal = refusalIn(ex);
			if (refusal == null) {
				throw ex;
			}
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request != null) {
				request.setAttribute(RefusalResponses.REFUSAL, refusal.getMessage(), RequestAttributes.SCOPE_REQUEST);
			}
			throw new FormFieldValidationException(FIELD_ID, refusal.getMessage(), refusal);
		}
	}

	static RecordRefusedException refusalIn(Throwable throwable) {
		for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof RecordRefusedException refusal) {
				return refusal;
			}
		}
		return null;
	}

}
