package io.vidtrack.ingest.capture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.vidtrack.ingest.FakeTikTokClient;
import io.vidtrack.ingest.support.FetchFailedException;
import io.vidtrack.ingest.support.FetchGuard;
import io.vidtrack.ingest.support.TikTokBlockedException;
import io.vidtrack.tiktok.FetchResult;
import org.junit.jupiter.api.Test;

import static io.vidtrack.ingest.FakeTikTokClient.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageCaptureProcessorTests {

	private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

	private final FakeTikTokClient client = new FakeTikTokClient();

	private final FetchGuard guard = new FetchGuard();

	private final PageCaptureProcessor processor = new PageCaptureProcessor(this.client, this.guard,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void capturesTheCountsThePageShows() {
		// given
		this.client.post("11", new FetchResult.Ok<>(post("11", "ana", NOW.minusSeconds(600), 12_000)));

		// when
		VideoCapture capture = this.processor.process(video("11", null));

		// then
		assertThat(capture).isInstanceOfSatisfying(VideoCapture.Captured.class, (captured) -> {
			assertThat(captured.stats().views()).isEqualTo(12_000);
			assertThat(captured.at()).isEqualTo(NOW);
			assertThat(captured.snapshot().baseline()).isTrue();
		});
	}

	@Test
	void marksALaterCaptureAsNoBaseline() {
		// given
		this.client.post("11", new FetchResult.Ok<>(post("11", "ana", NOW.minusSeconds(600), 12_000)));

		// when
		VideoCapture capture = this.processor.process(video("11", NOW.minus(Duration.ofDays(1))));

		// then
		assertThat(((VideoCapture.Captured) capture).snapshot().baseline()).isFalse();
	}

	@Test
	void tellsADeletedPostFromAPrivateOne() {
		// given
		this.client.post("11", new FetchResult.Gone<>(FetchResult.GoneReason.DELETED, 10204, "item deleted"));
		this.client.post("12", new FetchResult.Gone<>(FetchResult.GoneReason.PRIVATE, 10216, "private"));

		// when
		VideoCapture deleted = this.processor.process(video("11", null));
		VideoCapture hidden = this.processor.process(video("12", null));

		// then
		assertThat(deleted).isInstanceOfSatisfying(VideoCapture.Gone.class,
				(gone) -> assertThat(gone.availability()).isEqualTo("deleted"));
		assertThat(hidden).isInstanceOfSatisfying(VideoCapture.Gone.class,
				(gone) -> assertThat(gone.availability()).isEqualTo("private"));
	}

	@Test
	void skipsAPageThatIsStillRateLimitedAfterTheClientsRetries() {
		// given
		this.client.post("11", new FetchResult.RateLimited<>(Duration.ofSeconds(30)));

		// when / then
		assertThatExceptionOfType(FetchFailedException.class).isThrownBy(() -> this.processor.process(video("11", null)))
			.satisfies((ex) -> assertThat(ex.failure().outcome()).isEqualTo("rate_limited"));
	}

	@Test
	void stopsFetchingOnceACaptchaWasSeen() {
		// given
		this.client.post("11", new FetchResult.Blocked<>("captcha"));
		this.client.post("12", new FetchResult.Ok<>(post("12", "ana", NOW, 1)));
		assertThatExceptionOfType(TikTokBlockedException.class).isThrownBy(() -> this.processor.process(video("11", null)));

		// when / then
		assertThatExceptionOfType(TikTokBlockedException.class).isThrownBy(() -> this.processor.process(video("12", null)));
		assertThat(this.client.requests()).isEqualTo(1);
	}

	private static DueVideo video(String tiktokId, Instant lastScraped) {
		return new DueVideo(Long.parseLong(tiktokId), 1, 2, 3L, tiktokId, "https://www.tiktok.com/@ana/video/" + tiktokId,
				"ana", "auto_tracked", false, "available", NOW.minusSeconds(600), "UTC", lastScraped, null,
				NOW.plusSeconds(86400));
	}

}
