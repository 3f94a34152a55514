package io.vidtrack.simulator.internal;

/**
 * The global fault settings, swapped as a whole so a request never sees half an update.
 *
 * @param latencyMs added to every request
 * @param slowMs the delay of a {@code LATENCY} fault
 */
public record Rates(int latencyMs, double rate429, int retryAfterSeconds, double rate5xx, double captchaRate,
		double malformedRate, int slowMs) {

	public static final Rates NONE = new Rates(0, 0, 1, 0, 0, 0, 2000);

	public Rates {
		if (latencyMs < 0 || retryAfterSeconds < 0 || slowMs < 0) {
			throw new IllegalArgumentException("delays must not be negative");
		}
		if (rate429 < 0 || rate5xx < 0 || captchaRate < 0 || malformedRate < 0
				|| rate429 + rate5xx + captchaRate + malformedRate > 1) {
			throw new IllegalArgumentException("fault rates must be >= 0 and sum to at most 1");
		}
	}

	boolean anyRandom() {
		return this.rate429 > 0 || this.rate5xx > 0 || this.captchaRate > 0 || this.malformedRate > 0;
	}

	public Rates withLatencyMs(int latencyMs) {
		return new Rates(latencyMs, this.rate429, this.retryAfterSeconds, this.rate5xx, this.captchaRate,
				this.malformedRate, this.slowMs);
	}

	public Rates withRate429(double rate429) {
		return new Rates(this.latencyMs, rate429, this.retryAfterSeconds, this.rate5xx, this.captchaRate,
				this.malformedRate, this.slowMs);
	}

	public Rates withRetryAfterSeconds(int retryAfterSeconds) {
		return new Rates(this.latencyMs, this.rate429, retryAfterSeconds, this.rate5xx, this.captchaRate,
				this.malformedRate, this.slowMs);
	}

	public Rates withRate5xx(double rate5xx) {
		return new Rates(this.latencyMs, this.rate429, this.retryAfterSeconds, rate5xx, this.captchaRate,
				this.malformedRate, this.slowMs);
	}

	public Rates withCaptchaRate(double captchaRate) {
		return new Rates(this.latencyMs, this.rate429, this.retryAfterSeconds, this.rate5xx, captchaRate,
				this.malformedRate, this.slowMs);
	}

	public Rates withMalformedRate(double malformedRate) {
		return new Rates(this.latencyMs, this.rate429, this.retryAfterSeconds, this.rate5xx, this.captchaRate,
				malformedRate, this.slowMs);
	}

	public Rates withSlowMs(int slowMs) {
		return new Rates(this.latencyMs, this.rate429, this.retryAfterSeconds, this.rate5xx, this.captchaRate,
				this.malformedRate, slowMs);
	}

}
