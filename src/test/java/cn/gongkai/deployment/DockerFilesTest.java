package cn.gongkai.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked without a Docker engine: the compose file parses and describes the cluster, and every input
 * the image's build copies exists in the repository.
 */
class DockerFilesTest {

	static final Path DOCKER = Path.of("docker");

	@Test
	@SuppressWarnings("unchecked")
	void theComposeFileDescribesTwoIdenticalNodesOnOneDatabaseBehindAProxy() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
		Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
		assertThat(services).containsOnlyKeys("db", "mail", "node1", "node2", "proxy");

		Map<String, Object> node1 = services.get("node1");
		Map<String, Object> node2 = services.get("node2");
		assertThat(node1.get("build")).isEqualTo(node2.get("build")).isNotNull();
		assertThat(node1.get("environment")).isEqualTo(node2.get("environment"));
		Map<String, Object> environment = (Map<String, Object>) node1.get("environment");
		assertThat(environment.get("DB_URL")).isEqualTo("jdbc:postgresql://db:5432/gongkai");
		assertThat(environment).containsKeys("DB_PASSWORD", "GONGKAI_ADMIN_PASSWORD", "SPRING_MAIL_HOST");
		assertThat(environment.get("SPRING_MAIL_HOST")).isEqualTo("mail");
		assertThat(String.valueOf(environment.get("DB_PASSWORD"))).as("no password in the repository").startsWith("${");
		Map<String, Object> build = (Map<String, Object>) node1.get("build");
		assertThat(DOCKER.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(build.get("dockerfile"))))
			.exists();

		assertThat(services.get("db").get("image").toString()).startsWith("postgres:");
		List<String> volumes = (List<String>) services.get("proxy").get("volumes");
		Path proxyConfig = DOCKER.resolve(volumes.get(0).split(":")[0]);
		String nginx = Files.readString(proxyConfig);
		assertThat(nginx).contains("server node1:8080").contains("server node2:8080").contains("proxy_pass http://gongkai");
	}

	@Test
	void theImageIsBuiltFromFilesThatExistAndRunsAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
		String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
		Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(.+)$").matcher(dockerfile);
		int copies = 0;
		while (copy.find()) {
			String[] parts = copy.group(1).trim().split("\\s+");
			for (int i = 0; i < parts.length - 1; i++) {
				assertThat(Path.of(parts[i])).as("COPY source %s", parts[i]).exists();
				copies++;
			}
		}
		assertThat(copies).isGreaterThanOrEqualTo(5);
		assertThat(dockerfile).containsPattern("(?m)^FROM .+ AS build$").containsPattern("(?m)^USER (?!root)\\w+$")
			.contains("HEALTHCHECK").contains("/actuator/health/readiness");
	}

}
