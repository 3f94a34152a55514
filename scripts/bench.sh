#!/usr/bin/env bash
# ./vidtrack bench <what>: runs a benchmark from the bench module and prints its summary line.
set -euo pipefail
what="${1:-}"
[ $# -gt 0 ] && shift
case "$what" in
	ingest)
		# a fixed heap, so that "heap does not grow with the number of videos" is visible in the figures
		exec java -Xms1g -Xmx1g -XX:+UseG1GC -jar bench/target/bench-0.1.0-SNAPSHOT-exec.jar ingest "$@"
		;;
	*)
		echo "usage: ./vidtrack bench ingest [videos ...]" >&2
		exit 2
		;;
esac
