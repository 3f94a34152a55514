# Sourced by ./vidtrack and .ci/run: points JAVA_HOME at a JDK >= 21, installing one from Debian's
# packages as a last resort. The machine's default java may be 17, which cannot build vidtrack.

jdk_major() { # prints the major version of the JDK at $1, or nothing
	local v
	[ -x "$1/bin/javac" ] || return 0
	v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
	echo "${v%%.*}"
}

find_jdk() {
	local candidate major
	for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
		[ -n "$candidate" ] && [ -d "$candidate" ] || continue
		major=$(jdk_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

ensure_jdk() {
	local found
	if ! found=$(find_jdk); then
		echo "vidtrack: no JDK >= 21 found under /usr/lib/jvm; trying Debian's packages" >&2
		if command -v apt-get >/dev/null 2>&1; then
			apt-get update -qq >/dev/null 2>&1 || true
			for pkg in openjdk-25-jdk-headless openjdk-21-jdk-headless; do
				DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null 2>&1 && break
			done
		fi
		found=$(find_jdk) || { echo "vidtrack: a JDK >= 21 is required (set JAVA_HOME)" >&2; return 1; }
	fi
	export JAVA_HOME="$found"
	export PATH="$JAVA_HOME/bin:$PATH"
}

ensure_maven() {
	command -v mvn >/dev/null 2>&1 && return 0
	echo "vidtrack: installing Maven from Debian's packages" >&2
	apt-get update -qq >/dev/null 2>&1 || true
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null 2>&1
	command -v mvn >/dev/null 2>&1 || { echo "vidtrack: Maven is required" >&2; return 1; }
}
