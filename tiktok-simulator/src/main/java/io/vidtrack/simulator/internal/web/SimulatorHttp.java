package io.vidtrack.simulator.internal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import io.vidtrack.simulator.Faults;
import io.vidtrack.simulator.Population;
import io.vidtrack.simulator.internal.FaultState;

/** The JDK HTTP server on 127.0.0.1, one virtual thread per request. */
public final class SimulatorHttp implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	private final Router router;

	private SimulatorHttp(HttpServer server, ExecutorService executor, Router router) {
		this.server = server;
		this.executor = executor;
		this.router = router;
	}

	public static SimulatorHttp start(Population population, Faults faults, FaultState state, int port) {
		// build the padding before the first request instead of during it
		Templates.of(PageKind.VIDEO);
		// Nagle's algorithm would hold a page's last partial segment until the client's (delayed) ACK; read
		// once per JVM by the JDK server, so an explicit setting elsewhere wins
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
			ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
			server.setExecutor(executor);
			Router router = new Router(population, faults, state);
			server.createContext("/", router);
			server.start();
			return new SimulatorHttp(server, executor, router);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the simulator on port " + port, ex);
		}
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public long served() {
		return this.router.served();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
