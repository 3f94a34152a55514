package io.vidtrack.stream.topology;

/** What an aggregate belongs to, with the name the aggregate tables use. */
public enum EntityType {

	PROJECT("project"), CREATOR("creator"), CAMPAIGN("campaign");

	private final String sqlName;

	EntityType(String sqlName) {
		this.sqlName = sqlName;
	}

	public String sqlName() {
		return this.sqlName;
	}

	public static EntityType ofSqlName(String name) {
		for (EntityType type : values()) {
			if (type.sqlName.equals(name)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unknown entity type " + name);
	}

}
