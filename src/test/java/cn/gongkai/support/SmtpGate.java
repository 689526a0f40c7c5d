package cn.gongkai.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay between one node and {@link MailServer} that a test can close like a gate: while held, a node's new SMTP
 * connections are accepted but get no greeting, so its sending threads wait with an email claimed and nothing of it
 * delivered. Conversations that began before the hold run to their end. This is how a test stops a node at a known
 * point of its work: never between the mail server's acceptance of an email and the node's record of it.
 */
public final class SmtpGate implements AutoCloseable {

	private final ServerSocket listener;
	private final int upstreamPort;
	private final AtomicInteger waiting = new AtomicInteger();
	private final AtomicInteger relaying = new AtomicInteger();
	private volatile boolean held;
	private volatile boolean dropping;

	public SmtpGate(int upstreamPort) {
		this.upstreamPort = upstreamPort;
		try {
			listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		daemon("smtp-gate-" + listener.getLocalPort(), this::accept);
	}

	public int port() {
		return listener.getLocalPort();
	}

	public void hold() {
		held = true;
	}

	/** Lets the waiting connections through to the mail server, and every later one. */
	public void release() {
		held = false;
	}

	/** Closes the waiting connections without letting anything through, and every later one. */
	public void drop() {
		dropping = true;
	}

	/** Connections accepted while held that are still open and have reached nothing. */
	public int waiting() {
		return waiting.get();
	}

	/** Conversations under way with the mail server. */
	public int relaying() {
		return relaying.get();
	}

	@Override
	public void close() throws IOException {
		listener.close();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				daemon("smtp-gate-relay", () -> relay(client));
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private void relay(Socket client) {
		try (client) {
			if (held && !passAfterHold(client)) {
				return;
			}
			if (dropping) {
				return;
			}
			relaying.incrementAndGet();
			try (Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
				Thread up = daemon("smtp-gate-up", () -> pipe(client, server));
				pipe(server, client);
				up.join();
			}
			finally {
				relaying.decrementAndGet();
			}
		}
		catch (IOException | InterruptedException ex) {
			// The node or the mail server went away; the conversation ends as theirs would.
		}
	}

	/** Waits while the gate is held; false when the client gave up or the gate drops it. */
	private boolean passAfterHold(Socket client) throws IOException {
		waiting.incrementAndGet();
		try {
			client.setSoTimeout(100);
			InputStream in = client.getInputStream();
			while (held && !dropping) {
				try {
					// An SMTP client says nothing before the server's greeting: a read ends only when it hangs up.
					if (in.read() < 0) {
						return false;
					}
				}
				catch (SocketTimeoutException stillThere) {
					// Keep waiting.
				}
			}
			client.setSoTimeout(0);
			return !dropping;
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	private static Thread daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static void pipe(Socket from, Socket to) {
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			in.transferTo(out);
			to.shutdownOutput();
		}
		catch (IOException ended) {
			// One side closed.
		}
	}

}
