package cn.gongkai.transaction;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a repository has read in the current transaction, kept until the transaction ends or the repository writes. One
 * step reads the same obligation or record several times (the task's due time, its name, its watch, its view), each
 * reader on its own; the owner of a table remembers its reads instead, and forgets them at its every write, so a reader
 * sees what the transaction wrote. Outside a transaction every read goes to the database.
 */
public final class TransactionMemo<K, V> {

	/** The value read for {@code key} earlier in this transaction, or {@code read}'s, then remembered. */
	public V get(K key, Function<K, V> read) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return read.apply(key);
		}
		Map<K, V> values = values();
		V value = values.get(key);
		if (value == null) {
			value = read.apply(key);
			values.put(key, value);
		}
		return value;
	}

	/** Called by every write of the owner: what was read may have changed. */
	public void forget() {
		@SuppressWarnings("unchecked")
		Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
		if (values != null) {
			values.clear();
		}
	}

	@SuppressWarnings("unchecked")
	private Map<K, V> values() {
		Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
		if (values == null) {
			values = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, values);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
				}
			});
		}
		return values;
	}

}
