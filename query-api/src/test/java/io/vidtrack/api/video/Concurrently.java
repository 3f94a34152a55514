package io.vidtrack.api.video;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import io.vidtrack.api.testsupport.ApiClient.Response;

/** Fires requests at once from as many threads, released together so that they truly race. */
final class Concurrently {

	private Concurrently() {
	}

	static List<Response> run(int requests, IntFunction<Response> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
			List<Future<Response>> futures = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					start.await();
					return call.apply(n);
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}

}
