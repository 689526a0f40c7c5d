package cn.gongkai.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gongkai.GongkaiApplication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node of the application in a JVM of its own, as on a machine of its own: it shares nothing with the test but the
 * database and the mail server, and can be killed without warning ({@code SIGKILL}, no shutdown hooks), as a machine
 * that loses power would be.
 *
 * <p>Its engine's clock runs with an offset the test sets, like the test's own node's: on its standard input,
 * {@code clock <offset millis>} moves it.
 */
public final class ClusterNode implements AutoCloseable {

	private static final String READY = "GONGKAI-NODE-READY ";

	private final Process process;
	private final PrintWriter commands;
	private final int port;

	private ClusterNode(Process process, int port) {
		this.process = process;
		this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
		this.port = port;
	}

	/** Starts a node with these application arguments and waits until it serves; its output goes to {@code log}. */
	public static ClusterNode start(List<String> arguments, long clockOffsetMillis, Path log, Duration timeout)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Duser.timezone=" + System.getProperty("user.timezone", "UTC"),
				"-cp", classPath(), ClusterNode.class.getName(), String.valueOf(clockOffsetMillis)));
		command.addAll(arguments);
		Files.createDirectories(log.getParent());
		// A directory of its own: an empty class path entry means the working directory, and the project's top level
		// holds the models' sources, which the node would otherwise deploy a second time.
		Path home = Files.createDirectories(log.resolveSibling(log.getFileName() + ".home"));
		Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
		CompletableFuture<Integer> ready = new CompletableFuture<>();
		Thread copier = new Thread(() -> copy(process, log, ready), "node-log-" + log.getFileName());
		copier.setDaemon(true);
		copier.start();
		try {
			return new ClusterNode(process, ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The node did not start; see " + log, ex);
		}
	}

	public int port() {
		return port;
	}

	public void clockOffset(long millis) {
		commands.println("clock " + millis);
	}

	/** Stops the node at once, in the middle of whatever it does. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	/** The node's side: {@code <clock offset millis> <application arguments...>}. */
	public static void main(String[] args) throws IOException {
		ClockUtil.offset(Long.parseLong(args[0]));
		ConfigurableApplicationContext context = SpringApplication.run(GongkaiApplication.class,
				List.of(args).subList(1, args.length).toArray(String[]::new));
		System.out.println(READY + ((WebServerApplicationContext) context).getWebServer().getPort());
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			if (line.startsWith("clock ")) {
				ClockUtil.offset(Long.parseLong(line.substring("clock ".length()).strip()));
			}
		}
		// The test went away without killing this node: do not outlive it.
		context.close();
	}

	/**
	 * Surefire starts tests from a jar whose manifest names the class path; Spring would find the process models
	 * twice through it. The plain list is in a property of its own.
	 */
	private static String classPath() {
		String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Stream.of(path.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
	}

	private static void copy(Process process, Path log, CompletableFuture<Integer> ready) {
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				var file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				file.write(line);
				file.newLine();
				file.flush();
				if (line.startsWith(READY)) {
					ready.complete(Integer.parseInt(line.substring(READY.length()).strip()));
				}
			}
		}
		catch (IOException ex) {
			ready.completeExceptionally(new UncheckedIOException(ex));
		}
		ready.completeExceptionally(new IllegalStateException("The node ended"));
	}

}
