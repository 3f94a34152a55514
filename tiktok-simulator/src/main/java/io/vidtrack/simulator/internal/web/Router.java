package io.vidtrack.simulator.internal.web;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.vidtrack.simulator.Fault;
import io.vidtrack.simulator.Faults;
import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.internal.FaultState;
import io.vidtrack.simulator.internal.Mix;
import io.vidtrack.simulator.internal.Rates;

import org.jspecify.annotations.Nullable;

/**
 * Every request: admin paths go straight to {@link Admin}; the others first get their fault decision
 * (latency, replacing faults), then their route, then the altering faults (malformed, shell).
 */
final class Router implements HttpHandler {

	static final String FAULT_HEADER = "X-Sim-Fault";

	private final Population population;

	private final FaultState faults;

	private final PostRoutes postRoutes;

	private final Admin admin;

	private final LongAdder served = new LongAdder();

	Router(Population population, Faults faults, FaultState state) {
		this.population = population;
		this.faults = state;
		this.postRoutes = new PostRoutes(population);
		this.admin = new Admin(population, faults, this.served);
	}

	/** Page, listing and short-link requests served so far (admin requests are not counted). */
	long served() {
		return this.served.sum();
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Request request = Request.of(exchange.getRequestMethod(), exchange.getRequestURI());
			Response response;
			try {
				response = request.path().startsWith("/_sim/") ? this.admin.handle(request)
						: serve(request, exchange.getRequestHeaders().getFirst(FAULT_HEADER));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				response = Response.of(500, Response.JSON, "{\"error\":\"simulator bug: " + ex + "\"}");
			}
			Responses.send(exchange, response, request.isHead());
		}
		catch (IOException ex) {
			// the client went away mid-response; nothing to do
		}
	}

	private Response serve(Request request, @Nullable String faultHeader) throws InterruptedException {
		this.served.increment();
		Rates rates = this.faults.rates();
		if (rates.latencyMs() > 0) {
			Thread.sleep(rates.latencyMs());
		}
		String path = request.path();
		Fault fault = this.faults.decide(path, postIdIn(path), faultHeader);
		if (fault == Fault.LATENCY) {
			Thread.sleep(rates.slowMs());
			fault = null;
		}
		if (fault != null) {
			Response replaced = FaultResponses.replacing(fault, rates.retryAfterSeconds(),
					Mix.hash(this.population.config().seed(), 73, this.served.sum()));
			if (replaced != null) {
				return replaced.withHeader("X-Sim-Fault-Applied", fault.name());
			}
		}
		Response response = route(request, fault == Fault.SHELL_PAGE);
		if (fault == Fault.MALFORMED_JSON && response.length() > 0) {
			return response.truncated().withHeader("X-Sim-Fault-Applied", fault.name());
		}
		return (fault != null) ? response.withHeader("X-Sim-Fault-Applied", fault.name()) : response;
	}

	private Response route(Request request, boolean shell) {
		String path = request.path();
		Instant now = this.population.config().clock().instant();
		if (path.startsWith("/@")) {
			return this.postRoutes.route(path.substring(2), now, shell);
		}
		if (path.equals("/api/post/item_list/") || path.equals("/api/post/item_list")) {
			if (shell) {
				return Pages.shell("https://www.tiktok.com/");
			}
			int count = (int) Math.max(1, Math.min(Listings.MAX_COUNT, request.longParam("count", Listings.DEFAULT_COUNT)));
			String secUid = request.param("secUid");
			return Listings.render(this.population,
					(secUid != null) ? this.population.creatorBySecUid(secUid).orElse(null) : null,
					Math.max(0, request.longParam("cursor", 0)), count, now);
		}
		if (path.startsWith("/t/")) {
			String code = path.substring(3);
			return ShortLinks.resolve(this.population, code.endsWith("/") ? code.substring(0, code.length() - 1) : code,
					now);
		}
		return Response.of(404, Response.HTML, "<html><body>Page not available</body></html>");
	}

	/** The id in a post page's path ("/@h/video/ID" or "/@h/photo/ID"), for per-post faults. */
	private static @Nullable String postIdIn(String path) {
		if (!path.startsWith("/@")) {
			return null;
		}
		String[] segments = path.split("/");
		return (segments.length >= 4 && (segments[2].equals("video") || segments[2].equals("photo"))) ? segments[3]
				: null;
	}

}
