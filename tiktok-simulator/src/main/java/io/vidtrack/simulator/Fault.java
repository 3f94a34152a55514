package io.vidtrack.simulator;

/** A way a response can go wrong. */
public enum Fault {

	/** 429 with a {@code Retry-After} header. */
	HTTP_429,

	HTTP_500,

	HTTP_503,

	/** A 200 WAF challenge page ("Please wait...", SlardarWAF) without the rehydration script. */
	CAPTCHA,

	/** The normal page or listing, with its JSON cut short. */
	MALFORMED_JSON,

	/** A page whose rehydration JSON holds only app-context, seo.abtest and i18n: no item, no user. */
	SHELL_PAGE,

	/** A 200 with an empty body, as TikTok's API answers a suspected bot. */
	EMPTY_BODY,

	/** The normal response, late by {@link Faults#slowMs()}. */
	LATENCY

}
