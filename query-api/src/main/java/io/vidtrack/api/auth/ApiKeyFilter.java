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

	private final Admission admission;

	private final ErrorResponses errors;

	ApiKeyFilter(Admission admission, ErrorResponses errors) {
		this.admission = admission;
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
			caller = this.admission.admit(request.getHeader(HttpHeaders.AUTHORIZATION),
					isRead(request.getMethod()) ? "read" : "write");
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
