package io.vidtrack.stream.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.sun.management.OperatingSystemMXBean;

/**
 * CPU time over the timed phase, per snapshot event: of the stream threads alone (what the topology costs), of the
 * JVM's busiest other threads (the broker, the producer, the sink), and of the whole JVM (GC and the JIT too). On
 * this shared machine wall-clock rates of one build moved by 15–25 % between runs; the stream thread's CPU per
 * event moved less, so it is the figure to compare two builds of the topology by.
 */
final class CpuMeter {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

	private final Map<String, Long> threadsStart = threadNanos();

	private final long processStart = PROCESS.getProcessCpuTime();

	private final long compilingStart = JIT.getTotalCompilationTime();

	/** The CPU spent since this meter was made, in microseconds per event. */
	String perEvent(long events) {
		Map<String, Long> spent = new HashMap<>();
		threadNanos().forEach((name, nanos) -> spent.merge(name.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}|\\d+", "#"),
				nanos - this.threadsStart.getOrDefault(name, 0L), Long::sum));
		double process = (PROCESS.getProcessCpuTime() - this.processStart) / 1e3 / events;
		double javaThreads = spent.values().stream().mapToLong(Long::longValue).sum() / 1e3 / events;
		String busiest = spent.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(6)
			.map((thread) -> String.format("%s %.1f", thread.getKey(), thread.getValue() / 1e3 / events))
			.collect(Collectors.joining("; "));
		// the compiler threads are not Java threads: their time is in the JVM's, and their compile time says how much
		double compiling = (JIT.getTotalCompilationTime() - this.compilingStart) * 1e3 / events;
		return String.format("cpu per snapshot (µs): whole JVM %.1f, of which Java threads %.1f (GC, JIT: the rest;"
				+ " JIT compiling %.1f); busiest: %s", process, javaThreads, compiling, busiest);
	}

	private static Map<String, Long> threadNanos() {
		Map<String, Long> nanos = new HashMap<>();
		Arrays.stream(THREADS.getThreadInfo(THREADS.getAllThreadIds()))
			.filter((thread) -> thread != null)
			.forEach((thread) -> nanos.merge(thread.getThreadName() + "@" + thread.getThreadId(),
					Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId())), Long::sum));
		return nanos;
	}

}
