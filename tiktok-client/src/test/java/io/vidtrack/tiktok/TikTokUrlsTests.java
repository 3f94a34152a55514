package io.vidtrack.tiktok;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TikTokUrlsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			https://www.tiktok.com/@demo.creator/video/7421688026996585528                         | demo.creator | 7421688026996585528 | false
			https://www.tiktok.com/@chillezy/photo/7240568259186019630                             | chillezy     | 7240568259186019630 | true
			https://www.tiktok.com/@/video/7421688026996585528                                     | ''           | 7421688026996585528 | false
			https://m.tiktok.com/v/7421688026996585528.html                                        | ''           | 7421688026996585528 | false
			https://m.tiktok.com/@demo.creator/video/7421688026996585528                           | demo.creator | 7421688026996585528 | false
			https://tiktok.com/@demo.creator/video/7421688026996585528                             | demo.creator | 7421688026996585528 | false
			tiktok.com/@demo.creator/video/7421688026996585528                                     | demo.creator | 7421688026996585528 | false
			www.tiktok.com/@Demo_Creator-1/video/7421688026996585528                               | Demo_Creator-1 | 7421688026996585528 | false
			http://www.tiktok.com/@demo.creator/video/7421688026996585528                          | demo.creator | 7421688026996585528 | false
			HTTPS://WWW.TIKTOK.COM/@demo.creator/video/7421688026996585528                         | demo.creator | 7421688026996585528 | false
			https://www.tiktokv.com/share/video/7421688026996585528/                               | ''           | 7421688026996585528 | false
			https://www.tiktok.com/share/video/7421688026996585528                                 | ''           | 7421688026996585528 | false
			https://www.tiktok.com/embed/7421688026996585528                                       | ''           | 7421688026996585528 | false
			https://www.tiktok.com/embed/v2/7421688026996585528                                    | ''           | 7421688026996585528 | false
			https://www.tiktok.com/@demo.creator/video/7421688026996585528?_t=ZT-8tup5VLJ3V5&_r=1  | demo.creator | 7421688026996585528 | false
			https://www.tiktok.com/@demo.creator/video/7421688026996585528?is_from_webapp=1&sender_device=pc | demo.creator | 7421688026996585528 | false
			https://www.tiktok.com/@demo.creator/video/7421688026996585528?lang=en#comments        | demo.creator | 7421688026996585528 | false
			'  https://www.tiktok.com/@demo.creator/video/7421688026996585528/  '                  | demo.creator | 7421688026996585528 | false
			https://www.tiktok.com/@demo.creator/video/7421688026996585528//                       | demo.creator | 7421688026996585528 | false
			https://www.tiktok.com/@demo.creator/video/742168802699658                             | demo.creator | 742168802699658     | false
			https://www.tiktok.com/@demo.creator/video/74216880269965855281                        | demo.creator | 74216880269965855281 | false
			Check this out! https://www.tiktok.com/@demo.creator/video/7421688026996585528 #fyp   | demo.creator | 7421688026996585528 | false
			""")
	void parsesEveryPostForm(String raw, String handle, String videoId, boolean photo) {
		// when
		TikTokUrl url = TikTokUrls.parse(raw);

		// then
		assertThat(url).isEqualTo(new TikTokUrl.PostUrl(handle, videoId, photo));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			https://vm.tiktok.com/ZMabcdEF/                          | vm.tiktok.com  | ZMabcdEF  | https://vm.tiktok.com/ZMabcdEF/
			vm.tiktok.com/ZMabcdEF                                   | vm.tiktok.com  | ZMabcdEF  | https://vm.tiktok.com/ZMabcdEF/
			https://vt.tiktok.com/ZSjXyZ123/?_t=abc&_r=1             | vt.tiktok.com  | ZSjXyZ123 | https://vt.tiktok.com/ZSjXyZ123/
			https://www.tiktok.com/t/ZTRC5xgJp/                      | www.tiktok.com | ZTRC5xgJp | https://www.tiktok.com/t/ZTRC5xgJp/
			tiktok.com/t/ZGdh4WUhr                                   | www.tiktok.com | ZGdh4WUhr | https://www.tiktok.com/t/ZGdh4WUhr/
			Watch this on #tiktok https://vm.tiktok.com/ZMabcdEF/    | vm.tiktok.com  | ZMabcdEF  | https://vm.tiktok.com/ZMabcdEF/
			""")
	void parsesShortLinks(String raw, String host, String code, String canonical) {
		// when
		TikTokUrl url = TikTokUrls.parse(raw);

		// then
		assertThat(url).isEqualTo(new TikTokUrl.ShortLink(host, code));
		assertThat(url.canonical()).isEqualTo(canonical);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			https://www.tiktok.com/@demo.creator            | demo.creator
			tiktok.com/@demo.creator/                       | demo.creator
			https://www.tiktok.com/@demo.creator?lang=en    | demo.creator
			https://m.tiktok.com/@Demo.Creator              | Demo.Creator
			https://www.tiktok.com/@demo.creator/reposts    | demo.creator
			https://www.tiktok.com/embed/@demo.creator      | demo.creator
			""")
	void parsesProfiles(String raw, String handle) {
		// when
		TikTokUrl url = TikTokUrls.parse(raw);

		// then
		assertThat(url).isEqualTo(new TikTokUrl.ProfileUrl(handle));
		assertThat(url.canonical()).isEqualTo("https://www.tiktok.com/@" + handle);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			https://example.com/@demo/video/7421688026996585528         | not a TikTok URL: host example.com
			https://tiktok.com.evil.example/@demo/video/7421688026996585528 | not a TikTok URL: host tiktok.com.evil.example
			https://www.tiktok.com@evil.example/@demo/video/7421688026996585528 | not a TikTok URL: host evil.example
			https://nottiktok.com/@demo/video/7421688026996585528       | not a TikTok URL: host nottiktok.com
			ftp://www.tiktok.com/@demo/video/7421688026996585528        | not a TikTok URL: scheme ftp
			javascript:alert(1)                                         | not a TikTok URL: javascript:alert(1)
			just some words                                             | not a TikTok URL: just some words
			https://www.tiktok.com/                                     | TikTok URL has no video id
			https://www.tiktok.com/@demo/video                          | TikTok URL has no video id
			https://www.tiktok.com/@demo/video/                         | TikTok URL has no video id
			https://www.tiktok.com/share/user/6977002577731210724       | TikTok URL has no video id
			https://www.tiktok.com/music/original-sound-7421688035586524000 | TikTok URL has no video id: /music
			https://www.tiktok.com/@demo/video/12345                    | video id must be 15-20 digits: 12345
			https://www.tiktok.com/@demo/video/742168802699658552812    | video id must be 15-20 digits: 742168802699658552812
			https://www.tiktok.com/@demo/video/abc7421688026996585      | video id must be 15-20 digits: abc7421688026996585
			https://m.tiktok.com/v/notanid.html                         | video id must be 15-20 digits: notanid
			https://www.tiktok.com/@demo/live                           | live streams cannot be tracked
			https://www.tiktok.com/live/7421688026996585528             | live streams cannot be tracked
			https://m.tiktok.com/share/live/7421688026996585528         | live streams cannot be tracked
			https://www.tiktok.com/@                                    | TikTok URL has no handle after @
			https://www.tiktok.com/@bad!handle                          | invalid TikTok handle bad!handle: use 1-30 letters, digits, '.', '_' or '-'
			https://www.tiktok.com/@abcdefghijklmnopqrstuvwxyz12345     | invalid TikTok handle abcdefghijklmnopqrstuvwxyz12345: use 1-30 letters, digits, '.', '_' or '-'
			https://www.tiktok.com/@bad$/video/7421688026996585528      | invalid TikTok handle bad$: use 1-30 letters, digits, '.', '_' or '-'
			https://vm.tiktok.com/                                      | short link has no code
			https://www.tiktok.com/t/                                   | short link has no code
			https://vm.tiktok.com/a%20b/                                | short link code is not valid: a%20b
			""")
	void rejectsWithAMessageForTheUser(String raw, String message) {
		assertThatExceptionOfType(InvalidTikTokUrlException.class).isThrownBy(() -> TikTokUrls.parse(raw))
			.withMessage(message);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t\n" })
	void rejectsEmptyInput(String raw) {
		assertThatExceptionOfType(InvalidTikTokUrlException.class).isThrownBy(() -> TikTokUrls.parse(raw))
			.withMessage("empty URL");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://www.tiktok.com/@demo.creator/photo/7240568259186019630?_r=1",
			"https://www.tiktok.com/@/video/7421688026996585528" })
	void canonicalFormParsesBackToTheSamePost(String raw) {
		// given
		TikTokUrl url = TikTokUrls.parse(raw);

		// when
		TikTokUrl again = TikTokUrls.parse(url.canonical());

		// then
		assertThat(again).isEqualTo(url);
	}

}
