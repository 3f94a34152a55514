package io.vidtrack.api.video.internal;

import java.time.Duration;

import io.vidtrack.api.auth.ApiProperties;
import io.vidtrack.simulator.SimPost;
import io.vidtrack.simulator.SimulatorConfig;
import io.vidtrack.simulator.SimulatorServer;
import io.vidtrack.tiktok.TikTokUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class PastedUrlsTests {

	private static SimulatorServer simulator;

	private static PastedUrls urls;

	@BeforeAll
	static void start() {
		simulator = SimulatorServer.start(SimulatorConfig.defaults().withCreators(2).withShares(0, 0, 0), 0);
		urls = new PastedUrls(properties(true, simulator.baseUrl().toString()));
	}

	@AfterAll
	static void stop() {
		urls.destroy();
		simulator.close();
	}

	@Test
	void aShortLinkIsResolvedThroughTheConfiguredBaseUrl() {
		// given a post of the simulator and its short link, in both short forms
		SimPost post = simulator.population().postsOf(simulator.population().creators().getFirst(),
				simulator.population().origin()).getFirst();
		String code = simulator.population().shortCodeOf(post.id());

		// when
		PastedUrl vm = urls.read("https://vm.tiktok.com/" + code + "/");
		PastedUrl t = urls.read("Watch this https://www.tiktok.com/t/" + code + "/ now");

		// then
		TikTokUrl.PostUrl expected = new TikTokUrl.PostUrl(post.creator().handle(), post.id(), post.photo());
		assertThat(vm).isEqualTo(new PastedUrl.Post("https://vm.tiktok.com/" + code + "/", expected));
		assertThat(t).isInstanceOfSatisfying(PastedUrl.Post.class, (read) -> assertThat(read.post()).isEqualTo(expected));
	}

	@Test
	void aShortLinkToNothingIsInvalid() {
		PastedUrl read = urls.read("https://vm.tiktok.com/ZMdead0000/");

		assertThat(read).isEqualTo(new PastedUrl.Invalid("https://vm.tiktok.com/ZMdead0000/",
				"short link https://vm.tiktok.com/ZMdead0000/ leads to no video"));
	}

	@Test
	void anUnreachableResolverIsInvalidWithAReason() {
		PastedUrls offline = new PastedUrls(properties(true, "http://127.0.0.1:9"));
		try {
			PastedUrl read = offline.read("https://vt.tiktok.com/ZSabc123/");

			assertThat(read).isInstanceOfSatisfying(PastedUrl.Invalid.class, (invalid) -> assertThat(invalid.message())
				.startsWith("short link https://vt.tiktok.com/ZSabc123/ could not be resolved now"));
		}
		finally {
			offline.destroy();
		}
	}

	@Test
	void withResolvingOffAShortLinkAsksForTheFullUrl() {
		PastedUrls off = new PastedUrls(properties(false, ""));

		PastedUrl read = off.read("https://vm.tiktok.com/ZMabcdEF/");

		assertThat(read).isEqualTo(new PastedUrl.Invalid("https://vm.tiktok.com/ZMabcdEF/",
				"short links cannot be resolved here; paste the video's full URL (https://vm.tiktok.com/ZMabcdEF/)"));
	}

	@Test
	void aBulkReadKeepsTheOrderOfTheInput() {
		java.util.List<PastedUrl> read = urls.readAll(java.util.Arrays.asList(
				"https://www.tiktok.com/@a/video/7400000000000000001", null, "https://www.tiktok.com/@b"));

		assertThat(read).hasSize(3);
		assertThat(read.get(0)).isInstanceOf(PastedUrl.Post.class);
		assertThat(read.get(1)).isEqualTo(new PastedUrl.Invalid("", "empty URL"));
		assertThat(read.get(2)).isEqualTo(
				new PastedUrl.Invalid("https://www.tiktok.com/@b", "a creator's profile, not a video: https://www.tiktok.com/@b"));
	}

	private static ApiProperties properties(boolean resolve, String base) {
		return new ApiProperties(new ApiProperties.Limits(60, DataSize.ofMegabytes(16)), new ApiProperties.Idempotency(Duration.ofHours(24)),
				new ApiProperties.TikTok(resolve, Duration.ofSeconds(2), base));
	}

}
