package cn.gongkai.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialsTest {

	final MutableClock clock = new MutableClock();

	@Test
	void credentialsCheckedAMomentAgoAreTrustedForTheLifetimeOnly() {
		VerifiedCredentials verified = new VerifiedCredentials(Duration.ofSeconds(60), clock);
		verified.remember("jianceHead", "Secret#1", List.of("jiance-unit-head"), List.of());
		assertThat(verified.find("jianceHead", "Secret#1")).hasValueSatisfying(v -> assertThat(v.groups())
			.containsExactly("jiance-unit-head"));
		assertThat(verified.find("jianceHead", "Secret#2")).as("another password").isEmpty();
		assertThat(verified.find("jianceHea", "dSecret#1")).as("user and password are kept apart").isEmpty();
		clock.advance(Duration.ofSeconds(59));
		assertThat(verified.find("jianceHead", "Secret#1")).isPresent();
		clock.advance(Duration.ofSeconds(1));
		assertThat(verified.find("jianceHead", "Secret#1")).as("checked again after the lifetime").isEmpty();
	}

	@Test
	void aLifetimeOfZeroChecksEveryRequest() {
		VerifiedCredentials verified = new VerifiedCredentials(Duration.ZERO, clock);
		verified.remember("jianceHead", "Secret#1", List.of(), List.of());
		assertThat(verified.find("jianceHead", "Secret#1")).isEmpty();
	}

	@Test
	void aFloodOfDistinctLoginsCannotFillTheHeap() {
		VerifiedCredentials verified = new VerifiedCredentials(Duration.ofSeconds(60), clock);
		for (int i = 0; i <= VerifiedCredentials.MAX_ENTRIES; i++) {
			verified.remember("user" + i, "pw", List.of(), List.of());
		}
		assertThat(verified.find("user0", "pw")).as("the cache started again when full").isEmpty();
		assertThat(verified.find("user" + VerifiedCredentials.MAX_ENTRIES, "pw")).isPresent();
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-12-07T02:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
