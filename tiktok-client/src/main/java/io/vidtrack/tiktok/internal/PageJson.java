package io.vidtrack.tiktok.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The state a page embeds: today's rehydration script, one of the legacy shapes, or none at all. */
sealed interface PageJson {

	String UNIVERSAL_ID = "__UNIVERSAL_DATA_FOR_REHYDRATION__";

	String SIGI_ID = "SIGI_STATE";

	String SIGI_PERSISTED_ID = "sigi-persisted-data";

	String NEXT_DATA_ID = "__NEXT_DATA__";

	/** {@code <script id="__UNIVERSAL_DATA_FOR_REHYDRATION__">}: {@code {"__DEFAULT_SCOPE__": {...}}}. */
	record Universal(JsonSlice json) implements PageJson {
	}

	/** 2022 to early 2024: {@code <script id="SIGI_STATE">} with ItemModule, UserModule... */
	record Sigi(JsonSlice json) implements PageJson {
	}

	/** Up to 2022: Next.js {@code <script id="__NEXT_DATA__">} with props.pageProps. */
	record NextData(JsonSlice json) implements PageJson {
	}

	/** No embedded state; {@code html} is kept to look for walls. */
	record Missing(byte[] html) implements PageJson {
	}

	static PageJson locate(byte[] html) {
		PageJson found = scan(html);
		if (found != null) {
			return found;
		}
		// The search gives up on odd markup; jsoup settles it, and only pages that name a script pay for a DOM.
		for (ByteSearch id : List.of(Ids.UNIVERSAL, Ids.SIGI, Ids.SIGI_PERSISTED, Ids.NEXT_DATA)) {
			if (id.isIn(html)) {
				return withJsoup(html);
			}
		}
		return new Missing(html);
	}

	private static @Nullable PageJson scan(byte[] html) {
		JsonSlice json = ScriptLocator.find(html, Ids.UNIVERSAL);
		if (json != null) {
			return new Universal(json);
		}
		json = ScriptLocator.find(html, Ids.SIGI);
		json = (json != null) ? json : ScriptLocator.find(html, Ids.SIGI_PERSISTED);
		if (json != null) {
			return new Sigi(json);
		}
		json = ScriptLocator.find(html, Ids.NEXT_DATA);
		return (json != null) ? new NextData(json) : null;
	}

	private static PageJson withJsoup(byte[] html) {
		Document document = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
		Element script = document.getElementById(UNIVERSAL_ID);
		if (script != null) {
			return new Universal(JsonSlice.of(script.data().strip()));
		}
		script = document.getElementById(SIGI_ID);
		script = (script != null) ? script : document.getElementById(SIGI_PERSISTED_ID);
		if (script != null) {
			return new Sigi(JsonSlice.of(script.data().strip()));
		}
		script = document.getElementById(NEXT_DATA_ID);
		return (script != null) ? new NextData(JsonSlice.of(script.data().strip())) : new Missing(html);
	}

	final class Ids {

		static final ByteSearch UNIVERSAL = new ByteSearch(UNIVERSAL_ID);

		static final ByteSearch SIGI = new ByteSearch(SIGI_ID);

		static final ByteSearch SIGI_PERSISTED = new ByteSearch(SIGI_PERSISTED_ID);

		static final ByteSearch NEXT_DATA = new ByteSearch(NEXT_DATA_ID);

		private Ids() {
		}

	}

}
