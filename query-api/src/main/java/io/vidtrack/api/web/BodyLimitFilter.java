package io.vidtrack.api.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body past the limit with 400 {@code invalid_body} before anything reads it. Every body is read
 * into memory whole (JSON binding, the idempotency fingerprint), so without a limit one request could fill the
 * API's heap. A declared length is judged unread; a chunked body is read up to one byte past the limit and, when
 * within it, handed on from memory.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

	private final int maxBytes;

	private final ErrorResponses errors;

	public BodyLimitFilter(int maxBytes, ErrorResponses errors) {
		this.maxBytes = maxBytes;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			this.errors.write(response, tooLarge());
			return;
		}
		if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
			if (body.length > this.maxBytes) {
				this.errors.write(response, tooLarge());
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private ApiException tooLarge() {
		return ApiException.invalidBody("The request body is larger than " + this.maxBytes + " bytes");
	}

}
