package io.vidtrack.simulator.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/** Writes a response: fixed Content-Length, no compression, the parts straight from their arrays. */
final class Responses {

	private static final int SLICE = 32 * 1024;

	private Responses() {
	}

	static void send(HttpExchange exchange, Response response, boolean head) throws IOException {
		Headers headers = exchange.getResponseHeaders();
		headers.set("Content-Type", response.contentType());
		for (Map.Entry<String, String> header : response.headers().entrySet()) {
			headers.set(header.getKey(), header.getValue());
		}
		long length = response.length();
		if (head || length == 0) {
			if (head && length > 0) {
				headers.set("Content-Length", Long.toString(length));
			}
			exchange.sendResponseHeaders(response.status(), -1);
			return;
		}
		exchange.sendResponseHeaders(response.status(), length);
		OutputStream body = exchange.getResponseBody();
		for (byte[] part : response.parts()) {
			// slices: a socket write that blocks midway copies the whole remaining array into a direct
			// buffer again on every retry, so one 250 KB write can cost a megabyte of copying
			for (int offset = 0; offset < part.length; offset += SLICE) {
				body.write(part, offset, Math.min(SLICE, part.length - offset));
			}
		}
		body.flush();
	}

}
