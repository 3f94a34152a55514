package io.vidtrack.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * A port that refuses connections until opened, then forwards them to the broker. Clients bootstrap through
 * it: while it is closed they see Kafka as down. (The embedded KRaft broker ignores fixed ports, so it cannot
 * simply be started later on a known port.)
 */
final class KafkaGate implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private @Nullable ServerSocket server;

	KafkaGate(String bootstrapServer) throws IOException {
		this.targetHost = bootstrapServer.substring(0, bootstrapServer.lastIndexOf(':'));
		this.targetPort = Integer.parseInt(bootstrapServer.substring(bootstrapServer.lastIndexOf(':') + 1));
		try (ServerSocket probe = new ServerSocket(0)) {
			this.port = probe.getLocalPort();
		}
	}

	String bootstrapServers() {
		return "localhost:" + this.port;
	}

	void open() throws IOException {
		ServerSocket listening = new ServerSocket(this.port, 50, InetAddress.getLoopbackAddress());
		this.server = listening;
		Thread.ofVirtual().start(() -> {
			while (!listening.isClosed()) {
				try {
					forward(listening.accept());
				}
				catch (IOException ex) {
					// closed
				}
			}
		});
	}

	private void forward(Socket client) throws IOException {
		Socket broker = new Socket(this.targetHost, this.targetPort);
		this.sockets.add(client);
		this.sockets.add(broker);
		Thread.ofVirtual().start(() -> pipe(client, broker));
		Thread.ofVirtual().start(() -> pipe(broker, client));
	}

	private static void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// one side closed
		}
	}

	@Override
	public void close() {
		try {
			if (this.server != null) {
				this.server.close();
			}
			for (Socket socket : this.sockets) {
				socket.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
