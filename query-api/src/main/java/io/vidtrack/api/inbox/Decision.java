package io.vidtrack.api.inbox;

import java.util.Set;

/** What each inbox action does: the statuses it moves from, the one it sets, and the outcome it reports. */
enum Decision {

	APPROVE(Set.of("pending_review", "excluded"), "included", "approved"),

	EXCLUDE(Set.of("pending_review", "included", "auto_tracked"), "excluded", "excluded"),

	// the undo: back to the inbox, whether the mistake was an approval or an exclusion
	RESTORE(Set.of("excluded", "included"), "pending_review", "restored");

	private final Set<String> from;

	private final String target;

	private final String outcome;

	Decision(Set<String> from, String target, String outcome) {
		this.from = from;
		this.target = target;
		this.outcome = outcome;
	}

	boolean allows(String status) {
		return this.from.contains(status);
	}

	String target() {
		return this.target;
	}

	String outcome() {
		return this.outcome;
	}

	/** Whether the move takes a tracked-video place of the plan: leaving excluded does. */
	boolean takesPlace(String status) {
		return status.equals("excluded") && !this.target.equals("excluded");
	}

}
