package cn.gongkai.process.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How many review steps share an incident release's remaining time (docs/design.md §4). */
class ReviewStepsTest {

	@Test
	void inOrderEveryLevelTheGradeRequiresIsAStepAndSecrecyReviewTheLast() {
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, 1, false)).isEqualTo(2);
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, 2, false)).isEqualTo(3);
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, 3, false)).isEqualTo(4);
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_LEADER_REVIEW, 3, false)).isEqualTo(3);
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_CHIEF_REVIEW, 3, false)).isEqualTo(2);
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_SECRECY_REVIEW, 3, false)).isEqualTo(1);
	}

	@Test
	void expeditedTheLeaderAndTheChiefAreOneStep() {
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, 3, true)).isEqualTo(3);
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_LEADER_REVIEW_EXPEDITED, 3, true)).isEqualTo(2);
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_CHIEF_REVIEW_EXPEDITED, 3, true)).isEqualTo(2);
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_SECRECY_OFFICE_REVIEW, 3, true)).isEqualTo(1);
		// Below grade 3 there is nothing to run at once: the chain is the same as in order.
		assertThat(ReviewChainProcess.stepsLeft(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, 2, true)).isEqualTo(3);
	}

	@Test
	void aTaskOutsideTheChainIsAnError() {
		assertThatThrownBy(() -> ReviewChainProcess.stepsLeft("Task_EditDraft", 1, false))
			.isInstanceOf(IllegalStateException.class);
	}

}
