#!/usr/bin/env bash
# ./vidtrack bench <what>: runs a benchmark from the bench module and prints its summary line.
set -euo pipefail
what="${1:-}"
[ $# -gt 0 ] && shift
case "$what" in
	ingest)
		# a fixed heap, so that "heap does not grow with the number of videos" is visible in the figures;
		# VIDTRACK_BENCH_OPTS passes -Dbench.* settings, e.g. -Dbench.page-rounds=8
		# shellcheck disable=SC2086
		exec java -Xms1g -Xmx1g -XX:+UseG1GC ${VIDTRACK_BENCH_OPTS:-} -jar bench/target/bench-0.1.0-SNAPSHOT-exec.jar \
			ingest "$@"
		;;
	api)
		# the API runs as its own jar (started by the bench); Postgres needs the memory more than the bench JVM
		# VIDTRACK_BENCH_DATA_DIR keeps the database there: seeded on the first run, measured again on later ones
		# VIDTRACK_BENCH_OPTS passes -Dvidtrack.bench.* settings, e.g. -Dvidtrack.bench.api-jar-b=<jar> to compare two
		# builds in alternating blocks
		exec java -Xmx1g ${VIDTRACK_BENCH_DATA_DIR:+-Dvidtrack.bench.data-dir="$VIDTRACK_BENCH_DATA_DIR"} \
			${VIDTRACK_BENCH_OPTS:-} -jar bench/target/bench-0.1.0-SNAPSHOT-exec.jar api "$@"
		;;
	stream)
		# the stream benchmark lives in stream-processor's test sources: it needs the embedded broker
		mvn -o -q -pl stream-processor test-compile dependency:build-classpath \
			-Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
		# VIDTRACK_BENCH_OPTS passes -Dbench.* settings, e.g. -Dbench.rate=5000 for latency at a sustained rate
		# shellcheck disable=SC2086
		# the whole heap committed up front, as the stream processor's image does: the broker's produce requests and
		# the consumers' fetch responses are humongous objects, and each one allocated while the occupancy is above
		# G1's threshold of a heap kept small starts a marking of the whole heap (66 markings in one run, 6 so;
		# docs/performance.md)
		exec java -Xms2g -Xmx2g -Dvidtrack.test.partitions=4 ${VIDTRACK_BENCH_OPTS:-} \
			-cp "stream-processor/target/classes:stream-processor/target/test-classes:$(cat stream-processor/target/bench.cp)" \
			io.vidtrack.stream.bench.StreamBench "$@"
		;;
	*)
		echo "usage: ./vidtrack bench ingest [videos ...] | bench stream [videos rounds threads] | bench api [videos]" >&2
		exit 2
		;;
esac
