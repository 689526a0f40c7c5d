package cn.gongkai.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing from one network address across every account: after {@link #MAX_FAILURES} failed logins
 * within {@link #WINDOW}, that address's logins are refused until its oldest failure leaves the window. Per account,
 * the engine delays the next login after each failure (3 s, doubling, at most 60 s) and never locks for good
 * ({@code login-max-attempts} is out of reach), so nobody can lock another person out. Counted on each node, by the
 * engine's clock (so tests can move time).
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 20;
	static final Duration WINDOW = Duration.ofMinutes(10);
	/** Bounds the memory an attacker with many addresses can take. */
	static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

	boolean isBlocked(String address) {
		if (address == null) {
			return false;
		}
		Deque<Long> times = failures.get(address);
		if (times == null) {
			return false;
		}
		synchronized (times) {
			expire(times, now());
			return times.size() >= MAX_FAILURES;
		}
	}

	void failed(String address) {
		if (address == null) {
			return;
		}
		long now = now();
		if (failures.size() >= MAX_ADDRESSES) {
			failures.values().removeIf(times -> {
				synchronized (times) {
					expire(times, now);
					return times.isEmpty();
				}
			});
		}
		Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (times) {
			expire(times, now);
			times.addLast(now);
			while (times.size() > MAX_FAILURES) {
				times.removeFirst();
			}
		}
	}

	/** Drops failures older than the window, and any "after now" that a clock set back has left behind. */
	private static void expire(Deque<Long> times, long now) {
		times.removeIf(time -> time <= now - WINDOW.toMillis() || time > now);
	}

	private static long now() {
		return ClockUtil.getCurrentTime().getTime();
	}

}
