package io.vidtrack.tiktok;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages per second on one thread for a real-sized video page, {@link TikTokPages#parsePost} against the jsoup
 * baselines. A manual harness, not a test (see the module README).
 */
final class ParseThroughput {

	private static final ObjectMapper mapper = JsonMapper.builder().build();

	private static final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private static final String SCRIPT_ID = "__UNIVERSAL_DATA_FOR_REHYDRATION__";

	private ParseThroughput() {
	}

	public static void main(String[] args) {
		double seconds = (args.length > 0) ? Double.parseDouble(args[0]) : 5;
		byte[] html = RealSizedPages.videoPage();
		System.out.printf("page: %,d bytes%n", html.length);
		measure("jsoup DOM + Jackson tree", html, seconds, ParseThroughput::fullDom);
		measure("jsoup StreamParser + Jackson tree", html, seconds, ParseThroughput::streamParser);
		// a space before the colon defeats the key search, leaving the streaming skipChildren() read
		byte[] unsought = new String(html, StandardCharsets.UTF_8)
			.replace("\"webapp.video-detail\":", "\"webapp.video-detail\" :")
			.getBytes(StandardCharsets.UTF_8);
		measure("parsePost, streaming read only", unsought, seconds,
				(page) -> TikTokPages.parsePost(page, RealSizedPages.VIDEO_ID) instanceof FetchResult.Ok);
		measure("parsePost (key search)", html, seconds,
				(page) -> TikTokPages.parsePost(page, RealSizedPages.VIDEO_ID) instanceof FetchResult.Ok);
	}

	private static boolean fullDom(byte[] html) {
		try {
			Document document = Jsoup.parse(new ByteArrayInputStream(html), "UTF-8", "https://www.tiktok.com/");
			return hasItem(mapper.readTree(document.getElementById(SCRIPT_ID).data()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean streamParser(byte[] html) {
		try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(
				new InputStreamReader(new ByteArrayInputStream(html), StandardCharsets.UTF_8), "https://www.tiktok.com/")) {
			Element script = parser.selectFirst("script#" + SCRIPT_ID);
			return hasItem(mapper.readTree(script.data()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean hasItem(JsonNode root) {
		return root.path("__DEFAULT_SCOPE__").path("webapp.video-detail").path("itemInfo").path("itemStruct").has("id");
	}

	// CPU time of this thread as well as wall time: on a shared machine the wall clock mostly measures the
	// neighbours (CPU time leaves out GC threads, which flatters the allocation-heavy baselines)
	private static void measure(String name, byte[] html, double seconds, Predicate<byte[]> parse) {
		run(html, seconds / 2, parse);
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long pages = run(html, seconds, parse);
		double wall = (System.nanoTime() - start) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		System.out.printf("%-36s %,8.0f pages/s wall %,8.0f pages/cpu-s%n", name, pages / wall, pages / cpu);
	}

	private static long run(byte[] html, double seconds, Predicate<byte[]> parse) {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		long pages = 0;
		while (System.nanoTime() < deadline) {
			if (!parse.test(html)) {
				throw new IllegalStateException("page did not parse");
			}
			pages++;
		}
		return pages;
	}

}
