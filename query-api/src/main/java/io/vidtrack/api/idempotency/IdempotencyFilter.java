package io.vidtrack.api.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import io.vidtrack.api.auth.Caller;
import io.vidtrack.api.idempotency.IdempotencyKeys.Claim;
import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.BufferedBodyRequest;
import io.vidtrack.api.web.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST: the first request's answer is stored and replayed, byte for byte, to a retry
 * with the same key and the same request within the retention (24 h by default); the same key with another
 * request is a 409, as is a retry while the first is still running. A 5xx answer is not kept, so a retry after a
 * failure runs again.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final IdempotencyKeys keys;

	private final ErrorResponses errors;

	IdempotencyFilter(IdempotencyKeys keys, ErrorResponses errors) {
		this.keys = keys;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Caller> caller = Caller.of(request);
		String key = request.getHeader(HEADER).trim();
		if (caller.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (key.isEmpty() || key.length() > 255) {
			this.errors.write(response, ApiException.invalidParams("Idempotency-Key must be 1 to 255 characters"));
			return;
		}
		long orgId = caller.get().orgId();
		BufferedBodyRequest rereadable = BufferedBodyRequest.of(request);
		Claim claim = this.keys.claim(orgId, key, fingerprint(rereadable));
		switch (claim) {
			case Claim.Claimed claimed -> run(rereadable, response, chain, orgId, key);
			case Claim.Replay replay -> replay(response, replay);
			case Claim.Mismatch mismatch -> this.errors.write(response, ApiException.conflict("idempotency_key_reused",
					"This Idempotency-Key was used with a different request"));
			case Claim.InFlight inFlight -> this.errors.write(response, ApiException.conflict("idempotency_key_in_use",
					"A request with this Idempotency-Key is still running; retry shortly"));
		}
	}

	private void run(BufferedBodyRequest request, HttpServletResponse response, FilterChain chain, long orgId,
			String key) throws IOException, ServletException {
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, captured);
			if (captured.getStatus() < 500) {
				this.keys.complete(orgId, key, captured.getStatus(), captured.getContentType(),
						captured.getContentAsByteArray());
				kept = true;
			}
		}
		finally {
			if (!kept) {
				this.keys.release(orgId, key);
			}
			captured.copyBodyToResponse();
		}
	}

	private static void replay(HttpServletResponse response, Claim.Replay replay) throws IOException {
		response.setStatus(replay.status());
		if (replay.contentType() != null) {
			response.setContentType(replay.contentType());
		}
		response.setHeader("Idempotent-Replayed", "true");
		response.getOutputStream().write(replay.body());
	}

	private static String fingerprint(BufferedBodyRequest request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String target = request.getMethod() + " " + request.getRequestURI() + "?"
					+ (request.getQueryString() == null ? "" : request.getQueryString()) + "\n";
			digest.update(target.getBytes(StandardCharsets.UTF_8));
			digest.update(request.body());
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
