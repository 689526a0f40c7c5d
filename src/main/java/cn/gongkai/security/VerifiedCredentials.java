package cn.gongkai.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials that passed the identity service's check a moment ago, with the person's groups and tenants then. A REST
 * client sends its password with every request (HTTP Basic, no session); checking it and reading the groups again each
 * time costs more queries than many a request itself (docs/performance.md). A password change, a lock or a new
 * membership reaches such a client after at most {@code lifetime}; a login form's session is unaffected.
 * Passwords are never kept: an entry is found by an HMAC of user and password under a key made at start-up.
 */
final class VerifiedCredentials {

	/** Beyond this many live entries the cache starts again empty: a flood of distinct logins cannot fill the heap. */
	static final int MAX_ENTRIES = 10_000;

	record Verified(List<String> groups, List<String> tenants, Instant until) {
	}

	private final Duration lifetime;

	private final Clock clock;

	private final byte[] key = new byte[32];

	private final Map<String, Verified> entries = new ConcurrentHashMap<>();

	VerifiedCredentials(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
		new SecureRandom().nextBytes(key);
	}

	boolean enabled() {
		return !lifetime.isZero() && !lifetime.isNegative();
	}

	Optional<Verified> find(String userId, String password) {
		if (!enabled()) {
			return Optional.empty();
		}
		String id = id(userId, password);
		Verified verified = entries.get(id);
		if (verified == null) {
			return Optional.empty();
		}
		if (!clock.instant().isBefore(verified.until())) {
			entries.remove(id, verified);
			return Optional.empty();
		}
		return Optional.of(verified);
	}

	void remember(String userId, String password, List<String> groups, List<String> tenants) {
		if (!enabled()) {
			return;
		}
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(id(userId, password), new Verified(List.copyOf(groups), List.copyOf(tenants), clock.instant().plus(lifetime)));
	}

	private String id(String userId, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update(userId.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
