package io.vidtrack.simulator.internal.web;

import java.util.EnumMap;
import java.util.Map;

/** The prebuilt prefix and suffix of every page kind, built once per JVM and shared by every server. */
final class Templates {

	record Template(byte[] prefix, byte[] suffix) {
	}

	private static final Map<PageKind, Template> TEMPLATES = build();

	private Templates() {
	}

	static Template of(PageKind kind) {
		return TEMPLATES.get(kind);
	}

	private static Map<PageKind, Template> build() {
		Map<PageKind, Template> templates = new EnumMap<>(PageKind.class);
		for (PageKind kind : PageKind.values()) {
			templates.put(kind, new Template(kind.buildPrefix(), kind.buildSuffix()));
		}
		return templates;
	}

}
