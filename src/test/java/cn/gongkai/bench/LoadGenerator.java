package cn.gongkai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load, in a process of its own so that it does not share the server's heap, JIT or garbage collector: a fixed
 * number of clients request the listed URLs in turn, as fast as answers come, for a fixed time. Prints one line:
 * {@code requests errors seconds p50Micros p99Micros maxMicros}.
 *
 * <p>Arguments: URL file (one per line), warm-up seconds, measured seconds, clients, and optionally a header as
 * {@code Name: value}. The warm-up runs in the same process, so that the measurement meets a compiled client too.
 */
public final class LoadGenerator {

	private LoadGenerator() {
	}

	public static void main(String[] args) throws Exception {
		List<URI> urls = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(URI::create).toList();
		Duration warmup = Duration.ofSeconds(Long.parseLong(args[1]));
		Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
		int clients = Integer.parseInt(args[3]);
		String[] header = args.length > 4 ? args[4].split(":\\s*", 2) : null;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		run(http, urls, header, warmup, clients);
		System.out.println(run(http, urls, header, duration, clients));
	}

	private static String run(HttpClient http, List<URI> urls, String[] header, Duration duration, int clients)
			throws InterruptedException {

		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong errors = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		int[] counts = new int[clients];
		for (int c = 0; c < clients; c++) {
			long[] mine = new long[4_000_000 / clients];
			latencies.add(mine);
			int client = c;
			Thread thread = new Thread(() -> {
				int i = client * 7919;
				while (running.get() && counts[client] < mine.length) {
					URI url = urls.get(Math.floorMod(i++, urls.size()));
					HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
					if (header != null) {
						request.header(header[0], header[1]);
					}
					long start = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					mine[counts[client]++] = System.nanoTime() - start;
				}
			}, "load-" + c);
			threads.add(thread);
		}
		long start = System.nanoTime();
		threads.forEach(Thread::start);
		Thread.sleep(duration.toMillis());
		running.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
			at += counts[c];
		}
		Arrays.sort(all);
		return String.format(java.util.Locale.ROOT, "%d %d %.3f %d %d %d", total, errors.get(), seconds,
				percentile(all, 0.50) / 1000, percentile(all, 0.99) / 1000, total == 0 ? 0 : all[total - 1] / 1000);
	}

	private static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

}
