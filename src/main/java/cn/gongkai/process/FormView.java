package cn.gongkai.process;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a Camunda Form shows of the application's records (the text under review, a draft as it stands), written from
 * the application's tables each time the form is read and given with the form's variables ({@link FormViews}), never
 * stored in the process.
 */
public interface FormView {

	/** The ids of the forms of {@code forms/} whose tasks show this view, wherever a model uses them. */
	Set<String> forms();

	/** The form's values for this task, by field key. */
	Map<String, TypedValue> of(DelegateTask task);

}
