package io.vidtrack.tiktok;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A scripted TikTok on localhost: replies are served in order, then {@link #otherwise} answers. */
final class StubTikTok implements AutoCloseable {

	record Request(String method, URI uri, Headers headers, long nanoTime) {

		String pathAndQuery() {
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}

	}

	record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis, boolean chunked) {

		static Reply ok(byte[] body) {
			return new Reply(200, Map.of(), body, 0, false);
		}

		static Reply status(int status) {
			return new Reply(status, Map.of(), new byte[0], 0, false);
		}

		static Reply redirect(String location) {
			return status(302).header("Location", location);
		}

		Reply header(String name, String value) {
			Map<String, String> headers = new LinkedHashMap<>(this.headers);
			headers.put(name, value);
			return new Reply(status, headers, body, delayMillis, chunked);
		}

		/** Sent in chunks, with no declared length. */
		Reply inChunks() {
			return new Reply(status, headers, body, delayMillis, true);
		}

		Reply delayed(long millis) {
			return new Reply(status, headers, body, millis, chunked);
		}

	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Queue<Reply> script = new ConcurrentLinkedQueue<>();

	// one client port per TCP connection the client opened
	private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

	private volatile Function<Request, Reply> otherwise = (request) -> Reply.status(404);

	StubTikTok() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(executor);
		this.server.start();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	int port() {
		return server.getAddress().getPort();
	}

	StubTikTok reply(Reply... replies) {
		script.addAll(List.of(replies));
		return this;
	}

	StubTikTok otherwise(Function<Request, Reply> answer) {
		this.otherwise = answer;
		return this;
	}

	List<Request> requests() {
		return new ArrayList<>(requests);
	}

	/** How many connections the requests came over. */
	int connections() {
		return clientPorts.size();
	}

	private void handle(HttpExchange exchange) throws IOException {
		Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
				exchange.getRequestHeaders(), System.nanoTime());
		requests.add(request);
		clientPorts.add(exchange.getRemoteAddress().getPort());
		Reply reply = script.poll();
		reply = (reply != null) ? reply : otherwise.apply(request);
		try {
			Thread.sleep(reply.delayMillis());
			reply.headers().forEach(exchange.getResponseHeaders()::add);
			boolean noBody = reply.body().length == 0 || request.method().equals("HEAD");
			exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.chunked() ? 0 : reply.body().length);
			if (!noBody) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(reply.body());
				}
			}
		}
		catch (InterruptedException | IOException ex) {
			// the client gave up (timeout test): nothing to answer
		}
		finally {
			exchange.close();
		}
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
