package io.vidtrack.api.auth;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import io.vidtrack.api.plan.Plan;
import jakarta.servlet.ServletRequest;

/**
 * Who is calling: the API key's org, the key, its scopes, and the org's plan and time zone as they were when the
 * request arrived. Controllers take it as a parameter; every query they run is scoped by {@link #orgId()}.
 */
public record Caller(long orgId, long keyId, Set<String> scopes, Plan plan, ZoneId timezone) {

	public Caller {
		scopes = Set.copyOf(scopes);
	}

	/** The request attribute under which the API key filter leaves the caller. */
	static final String ATTRIBUTE = Caller.class.getName();

	/** The caller of an authenticated API request; empty outside {@code /api/v1}. */
	public static Optional<Caller> of(ServletRequest request) {
		return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
	}

}
