package io.vidtrack.tiktok.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Sends one request over the JDK's {@link HttpURLConnection}, keeping connections alive between requests. Chosen
 * over {@code java.net.http.HttpClient} for CPU: fetching the same 323 KB simulator page with 16 virtual threads
 * took ~0.28 ms of client CPU per page here against ~0.8 ms (the async client's publishers, schedulers and
 * selector thread hand every 16 KB buffer through several threads); see docs/performance.md. Requests are still
 * described by {@link HttpRequest} (method, headers, timeout), which this class reads.
 */
final class UrlConnectionTransport implements AutoCloseable {

	static {
		// The JDK keeps at most this many idle connections per host (5 unless set, read once per JVM): the
		// client runs up to its max concurrency at once, and a connection closed after each request costs a
		// handshake (TLS, against TikTok) on the next.
		if (System.getProperty("http.maxConnections") == null) {
			System.setProperty("http.maxConnections", "64");
		}
	}

	private final @Nullable Proxy proxy;

	private final Duration connectTimeout;

	// so that close() can cut off what is still in flight
	private final Set<HttpURLConnection> open = ConcurrentHashMap.newKeySet();

	private volatile boolean closed;

	UrlConnectionTransport(@Nullable InetSocketAddress proxy, Duration connectTimeout) {
		this.proxy = (proxy != null) ? new Proxy(Proxy.Type.HTTP, proxy) : null;
		this.connectTimeout = connectTimeout;
	}

	/** The response, or {@link SocketTimeoutException} / another {@link IOException} when there is none. */
	HttpOutcome.Response send(HttpRequest request) throws IOException {
		if (this.closed) {
			throw new IOException("client closed");
		}
		URI uri = request.uri();
		HttpURLConnection connection = (HttpURLConnection) ((this.proxy != null)
				? uri.toURL().openConnection(this.proxy) : uri.toURL().openConnection());
		this.open.add(connection);
		try {
			connection.setInstanceFollowRedirects(false);
			connection.setUseCaches(false);
			connection.setRequestMethod(request.method());
			connection.setConnectTimeout(millis(this.connectTimeout));
			connection.setReadTimeout(millis(request.timeout().orElse(this.connectTimeout)));
			request.headers().map().forEach((name, values) -> values
				.forEach((value) -> connection.addRequestProperty(name, value)));
			int status = connection.getResponseCode();
			byte[] body;
			// reading the body to its end and closing the stream returns the connection to the keep-alive pool
			try (InputStream in = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
				body = (in != null) ? in.readAllBytes() : new byte[0];
			}
			return new HttpOutcome.Response(uri, status, headers(connection), body);
		}
		finally {
			this.open.remove(connection);
		}
	}

	private static HttpHeaders headers(HttpURLConnection connection) {
		Map<String, List<String>> named = new HashMap<>();
		// the status line comes under a null name
		connection.getHeaderFields().forEach((name, values) -> {
			if (name != null) {
				named.put(name, values);
			}
		});
		return HttpHeaders.of(named, (name, value) -> true);
	}

	private static int millis(Duration duration) {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
	}

	/** Refuses new requests and cuts off those still in flight. */
	@Override
	public void close() {
		this.closed = true;
		this.open.forEach(HttpURLConnection::disconnect);
	}

}
