package io.vidtrack.simulator.internal.web;

import io.vidtrack.simulator.SimCreator;

/** A creator as an item's {@code author} or a profile's {@code userInfo.user}. */
final class AuthorJson {

	private AuthorJson() {
	}

	static void write(JsonOut out, String name, SimCreator creator, long seed, long expires, boolean profile) {
		Tokens tokens = Tokens.of(seed, 91, creator.index());
		out.object(name)
			.field("id", creator.userId())
			.field("shortId", "")
			.field("uniqueId", creator.handle())
			.field("nickname", creator.nickname())
			.field("avatarLarger", Cdn.avatar(tokens, 1080, expires))
			.field("avatarMedium", Cdn.avatar(tokens, 720, expires))
			.field("avatarThumb", Cdn.avatar(tokens, 100, expires))
			.field("signature", creator.signature())
			.field("createTime", creator.accountCreatedAt().getEpochSecond())
			.field("verified", creator.verified())
			.field("secUid", creator.secUid())
			.field("ftc", false)
			.field("relation", 0)
			.field("openFavorite", false);
		if (profile) {
			out.object("bioLink").field("link", creator.handle().replace('.', '-') + ".example").field("risk", 0)
				.endObject();
		}
		out.object("commerceUserInfo").field("commerceUser", false).endObject()
			.field("commentSetting", 0)
			.field("duetSetting", 0)
			.field("stitchSetting", 0)
			.field("privateAccount", creator.privateAccount())
			.field("secret", false)
			.field("isADVirtual", false)
			.field("roomId", "")
			.field("uniqueIdModifyTime", 0)
			.field("ttSeller", false)
			.field("downloadSetting", 0);
		if (profile) {
			out.field("region", "US")
				.object("profileTab").field("showMusicTab", false).field("showQuestionTab", true)
				.field("showPlayListTab", true).endObject()
				.field("followingVisibility", 1)
				.field("language", "en")
				.emptyArray("eventList")
				.field("isOrganization", 0)
				.field("UserStoryStatus", 0)
				.field("profileEmbedPermission", 1);
		}
		out.field("recommendReason", "")
			.field("nowInvitationCardUrl", "")
			.field("nickNameModifyTime", 0)
			.field("isEmbedBanned", false)
			.field("canExpPlaylist", true)
			.field("suggestAccountBind", false)
			.endObject();
	}

}
