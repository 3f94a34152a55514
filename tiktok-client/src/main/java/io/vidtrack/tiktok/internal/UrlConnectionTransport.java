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

	/** No TikTok page or listing comes near it (a page is ~330 KB); a larger body is refused, not read into memory. */
	static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

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
			// a HEAD answer declares the length of a body it does not send
			long declared = request.method().equals("HEAD") ? -1 : connection.getContentLengthLong();
			if (declared > MAX_BODY_BYTES) {
				// not read: the connection is dropped instead of drained back into the keep-alive pool
				connection.disconnect();
				throw new BodyTooLargeException(uri, declared + " bytes declared");
			}
			byte[] body;
			// reading the body to its end and closing the stream returns the connection to the keep-alive pool
			try (InputStream in = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
				body = (in != null) ? read(in, declared, uri) : new byte[0];
			}
			catch (BodyTooLargeException ex) {
				connection.disconnect();
				throw ex;
			}
			return new HttpOutcome.Response(uri, status, headers(connection), body);
		}
		finally {
			this.open.remove(connection);
		}
	}

	// a declared length is read into one array of that size (a page is ~330 KB, and reading to the end would
	// allocate and copy it twice); an undeclared one (chunked) up to one byte past the cap
	private static byte[] read(InputStream in, long declared, URI uri) throws IOException {
		if (declared >= 0) {
			byte[] body = new byte[(int) declared];
			int read = in.readNBytes(body, 0, body.length);
			if (read < body.length) {
				throw new IOException("body ended after " + read + " of " + declared + " bytes");
			}
			return body;
		}
		byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			throw new BodyTooLargeException(uri, "more than " + MAX_BODY_BYTES + " bytes sent");
		}
		return body;
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
