package cn.gongkai.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * One real PostgreSQL server per test JVM, from the binaries zonky publishes on Maven Central. Every Spring context of
 * the test suite shares it, as production shares one database between restarts.
 */
public final class EmbeddedPostgres {

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private EmbeddedPostgres() {
	}

	public static synchronized String jdbcUrl() {
		if (server == null) {
			try {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// The JVM is going away; the server's directory is temporary.
				}
			}));
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	public static DataSource dataSource() {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setMaximumPoolSize(10);
		// Contexts still closing when the server has stopped at JVM exit must not wait half a minute each.
		dataSource.setConnectionTimeout(2000);
		return dataSource;
	}

}
