package io.vidtrack.api.auth;

import java.io.IOException;

import io.vidtrack.api.web.ApiException;
import io.vidtrack.api.web.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The guard in front of every {@code /api/v1} route but the OpenAPI document, in this order: a live key (401),
 * the scope the method needs (403: GET and HEAD need read, everything else write), the key's per-minute window and the
 * org's daily quota (429). A refused request never reaches a controller and is not counted against the quota.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	private final ApiKeys keys;

	private final RequestWindow window;

	private final DailyQuota quota;

	private final ErrorResponses errors;

	ApiKeyFilter(ApiKeys keys, RequestWindow window, DailyQuota quota, ErrorResponses errors) {
		this.keys = keys;
		this.window = window;
		this.quota = quota;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/v1/") || path.startsWith("/api/v1/openapi.json");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Caller caller;
		try {
			caller = this.keys.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION))
				.orElseThrow(ApiException::invalidApiKey);
			String scope = isRead(request.getMethod()) ? "read" : "write";
			if (!caller.scopes().contains(scope)) {
				throw ApiException.insufficientScope(scope);
			}
			this.window.take(caller.keyId());
			this.quota.take(caller.orgId(), caller.plan().maxApiRequestsPerDay());
		}
		catch (ApiException ex) {
			this.errors.write(response, ex);
			return;
		}
		request.setAttribute(Caller.ATTRIBUTE, caller);
		chain.doFilter(request, response);
	}

	private static boolean isRead(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

}
