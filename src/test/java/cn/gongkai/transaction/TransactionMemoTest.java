package cn.gongkai.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionMemoTest {

	final TransactionMemo<Long, String> memo = new TransactionMemo<>();
	final List<Long> reads = new ArrayList<>();
	final Function<Long, String> read = id -> {
		reads.add(id);
		return "row " + id + " read " + reads.size();
	};

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
		TransactionSynchronizationManager.unbindResourceIfPossible(memo);
	}

	@Test
	void outsideATransactionEveryReadGoesToTheDatabase() {
		memo.get(1L, read);
		memo.get(1L, read);
		assertThat(reads).containsExactly(1L, 1L);
	}

	@Test
	void inATransactionARowIsReadOnceUntilTheOwnerWrites() {
		TransactionSynchronizationManager.initSynchronization();
		assertThat(memo.get(1L, read)).isEqualTo("row 1 read 1");
		assertThat(memo.get(1L, read)).isEqualTo("row 1 read 1");
		assertThat(memo.get(2L, read)).isEqualTo("row 2 read 2");
		memo.forget();
		assertThat(memo.get(1L, read)).isEqualTo("row 1 read 3");
		assertThat(reads).containsExactly(1L, 2L, 1L);
	}

	@Test
	void theNextTransactionReadsAgain() {
		TransactionSynchronizationManager.initSynchronization();
		memo.get(1L, read);
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

		TransactionSynchronizationManager.initSynchronization();
		memo.get(1L, read);
		assertThat(reads).containsExactly(1L, 1L);
	}

}
