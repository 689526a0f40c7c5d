package cn.gongkai.process;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Listener names that model versions deployed earlier still call, with nothing left to do: the forms' views are now
 * given as the forms are read ({@link FormViews}, for every version), and instances started on those versions run on
 * them to their end.
 */
@Configuration(proxyBeanMethods = false)
class RetiredListeners {

	/** Filled the review forms' view into task variables (review-chain versions before the view was read). */
	@Bean
	TaskListener loadReviewContentListener() {
		return task -> {
		};
	}

	/** Filled the drafting form into task variables (drafting tasks of versions before the form was read). */
	@Bean
	TaskListener loadDraftListener() {
		return task -> {
		};
	}

}
